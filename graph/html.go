package graph

import (
	_ "embed"
	"encoding/json"
	"html"
	"io"
	"strings"
)

//go:embed page.html
var pageTemplate string

// HTMLTitle is the default title of the page WriteHTML writes.
const HTMLTitle = "vanban — citation graph"

// WriteHTML writes one self-contained HTML page (no network access, no
// external script) that embeds the graph as JSON and draws it with SVG: a
// force-directed layout, pan (drag the background), zoom (wheel, +/−, Fit),
// a search box that finds nodes by number, ID or title (tone marks ignored)
// and focuses the node, a side panel with the clicked node's fields and its
// incoming and outgoing citations, edges coloured by relation with a legend
// that toggles relations, and a switch for cited-only documents.
//
// The page marks its state on <body> for scripts and tests: data-ready="1"
// once drawn, data-nodes (node count), data-layout ("running", "done") and
// data-selected (the focused node's ID); every node is an SVG
// <g class="node" data-id="…">.
func WriteHTML(w io.Writer, g *Graph) error {
	return WriteHTMLTitle(w, g, HTMLTitle)
}

// WriteHTMLTitle is WriteHTML with a page title.
func WriteHTMLTitle(w io.Writer, g *Graph, title string) error {
	data, err := json.Marshal(jsonView(g)) // escapes <, > and & so "</script>" cannot occur
	if err != nil {
		return err
	}
	colors, err := json.Marshal(RelationColors)
	if err != nil {
		return err
	}
	rels, err := json.Marshal(Relations)
	if err != nil {
		return err
	}
	r := strings.NewReplacer(
		"{{TITLE}}", html.EscapeString(title),
		"{{DATA}}", string(data),
		"{{COLORS}}", string(colors),
		"{{RELATIONS}}", string(rels),
	)
	_, err = r.WriteString(w, pageTemplate)
	return err
}
