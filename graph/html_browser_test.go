package graph

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/vnlegal/vanban/internal/testshared"
)

// chromiumPath finds a Chromium or Chrome binary, "" when there is none.
func chromiumPath() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser starts a headless Chromium for the test and returns its tab
// context; the test is skipped when no browser is installed.
func browser(t *testing.T) context.Context {
	t.Helper()
	exe := chromiumPath()
	if exe == "" {
		t.Skip("no chromium, chromium-browser or google-chrome binary")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelT(); cancelC(); cancelA() })
	return ctx
}

// consoleErrors collects the console errors and uncaught exceptions of the
// tab from now on.
type consoleErrors struct {
	mu   sync.Mutex
	msgs []string
}

func watchConsole(ctx context.Context) *consoleErrors {
	ce := &consoleErrors{}
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				ce.mu.Lock()
				ce.msgs = append(ce.msgs, m.String())
				ce.mu.Unlock()
			}
		}
	}()
	return ce
}

func (ce *consoleErrors) check(t *testing.T) {
	t.Helper()
	time.Sleep(100 * time.Millisecond) // let the last events arrive
	ce.mu.Lock()
	defer ce.mu.Unlock()
	for _, m := range ce.msgs {
		t.Errorf("browser console: %s", m)
	}
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

// waitFor polls the JavaScript predicate js until it is true. Errors while
// polling (the page's context is replaced during a navigation) are retried.
func waitFor(t *testing.T, ctx context.Context, js string, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	var last error
	for time.Now().Before(deadline) {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool]("Boolean("+js+")"))
		if err == nil && ok {
			return
		}
		last = err
		if ctx.Err() != nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("waiting for %s: timed out (last error: %v)", js, last)
}

// writePage writes the page of g to a temporary file and returns its file:// URL.
func writePage(t *testing.T, g *Graph) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "graph.html")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteHTML(f, g); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return "file://" + path
}

// screenshot saves a PNG of the viewport in the test's temporary folder (and
// in $VANBAN_SCREENSHOT_DIR when set, to keep it) and logs its path.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	dirs := []string{t.TempDir()}
	if d := os.Getenv("VANBAN_SCREENSHOT_DIR"); d != "" {
		dirs = append(dirs, d)
	}
	for _, d := range dirs {
		p := filepath.Join(d, name)
		if err := os.WriteFile(p, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s", p)
	}
}

// openPage writes the page of g, starts the browser and its tab, listens to
// the console before loading the page (so no early message is missed), and
// waits up to ready for the page to say it is ready.
func openPage(t *testing.T, g *Graph, ready time.Duration) (context.Context, *consoleErrors) {
	t.Helper()
	url := writePage(t, g)
	ctx := browser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	ce := watchConsole(ctx)
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.body.dataset.ready === "1"`, ready)
	return ctx, ce
}

// checkCount checks that the page has want elements that match the CSS
// selector; what names them in the failure.
func checkCount(t *testing.T, ctx context.Context, selector string, want int, what string) {
	t.Helper()
	if n := eval[int](t, ctx, "document.querySelectorAll("+strconv.Quote(selector)+").length"); n != want {
		t.Errorf("%d %s, want %d", n, what, want)
	}
}

// TestHTMLInBrowser draws the graph of the test records in headless Chromium.
// Browser tests are long tests: VANBAN_LONG=1 (as .ci/run sets) runs them.
func TestHTMLInBrowser(t *testing.T) {
	testshared.Long(t)
	g := buildTest(t)
	ctx, ce := openPage(t, g, 10*time.Second)

	// every node and edge is drawn
	checkCount(t, ctx, `#nodes g.node circle`, len(g.Nodes), "nodes drawn")
	checkCount(t, ctx, `#edges line`, len(g.Edges), "edges drawn")
	checkCount(t, ctx, `#legend [data-relation]`, len(Relations), "relations in the legend")
	waitFor(t, ctx, `document.body.dataset.layout === "done"`, 30*time.Second)
	// the layout placed the nodes apart and inside the view
	spread := eval[bool](t, ctx, `(function(){
		var r = Array.from(document.querySelectorAll("#nodes g.node circle")).map(function(c){ return c.getBoundingClientRect(); });
		var svg = document.getElementById("graph").getBoundingClientRect();
		var inside = r.every(function(b){ return b.left >= svg.left - 1 && b.right <= svg.right + 1 && b.top >= svg.top - 1 && b.bottom <= svg.bottom + 1; });
		var xs = new Set(r.map(function(b){ return Math.round(b.left); }));
		return inside && xs.size > r.length / 2;
	})()`)
	if !spread {
		t.Error("nodes are not laid out inside the view")
	}

	// typing a number focuses and highlights its node
	const num = "30/2020/NĐ-CP"
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#search"), num)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.querySelector("#nodes g.node.highlight") !== null`, 5*time.Second)
	if id := eval[string](t, ctx, `document.querySelector("#nodes g.node.highlight").getAttribute("data-id")`); id != num {
		t.Errorf("highlighted %q, want %q", id, num)
	}
	checkCount(t, ctx, `#nodes g.node.highlight`, 1, "nodes highlighted")
	panel := eval[string](t, ctx, `document.getElementById("panel").textContent`)
	for _, want := range []string{"Về công tác văn thư", "CHÍNH PHỦ", "Cited by (2)", "45/2025/NĐ-CP", "replaces"} {
		if !strings.Contains(panel, want) {
			t.Errorf("panel lacks %q:\n%s", want, panel)
		}
	}
	// the focused node is in the middle of the view
	centred := eval[bool](t, ctx, `(function(){
		var b = document.querySelector("#nodes g.node.highlight circle").getBoundingClientRect();
		var s = document.getElementById("graph").getBoundingClientRect();
		var cx = b.left + b.width/2, cy = b.top + b.height/2;
		return Math.abs(cx - (s.left + s.width/2)) < 5 && Math.abs(cy - (s.top + s.height/2)) < 5;
	})()`)
	if !centred {
		t.Error("focused node is not centred")
	}

	// a title fragment without tone marks, chosen with Enter
	if err := chromedp.Do(ctx,
		chromedp.Evaluate[chromedp.Void](`document.getElementById("search").value = ""`),
		chromedp.SendKeys(chromedp.CSS("#search"), "dat dai\r"),
	); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.body.dataset.selected === "31/2024/QH15"`, 5*time.Second)

	// clicking a node shows its fields and citations
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`document.getElementById("fit").click()`)); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#nodes g.node[data-id="110/2004/NĐ-CP"] circle`))); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.body.dataset.selected === "110/2004/NĐ-CP"`, 5*time.Second)
	panel = eval[string](t, ctx, `document.getElementById("panel").textContent`)
	if !strings.Contains(panel, "cited only") || !strings.Contains(panel, "Nghị định số 110/2004/NĐ-CP") {
		t.Errorf("panel after click:\n%s", panel)
	}
	// the legend hides a relation
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#legend [data-relation="replaces"]`))); err != nil {
		t.Fatal(err)
	}
	checkCount(t, ctx, `#edges line.hidden[data-relation="replaces"]`, 2, "replaces edges hidden")
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#legend [data-relation="replaces"]`))); err != nil {
		t.Fatal(err)
	}
	// select the central node again for the picture
	if err := chromedp.Do(ctx,
		chromedp.Evaluate[chromedp.Void](`document.getElementById("search").value = ""`),
		chromedp.SendKeys(chromedp.CSS("#search"), num),
	); err != nil {
		t.Fatal(err)
	}
	screenshot(t, ctx, "graph-small.png")
	ce.check(t)
}

// TestHTMLCorpusInBrowser draws the graph of the shared corpus (a long test).
func TestHTMLCorpusInBrowser(t *testing.T) {
	testshared.Long(t)
	g := corpusGraph(t)
	ctx, ce := openPage(t, g, 20*time.Second)
	checkCount(t, ctx, `#nodes g.node`, len(g.Nodes), "nodes drawn")
	waitFor(t, ctx, `document.body.dataset.layout === "done"`, 60*time.Second)
	top := g.MostCited(1)[0]
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#search"), top.ID)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, fmt.Sprintf(`document.body.dataset.selected === %q`, top.ID), 5*time.Second)
	screenshot(t, ctx, "graph-corpus.png")
	// the whole graph, nothing selected
	if err := chromedp.Do(ctx,
		chromedp.Evaluate[chromedp.Void](`document.getElementById("search").blur()`),
		chromedp.KeyEvent("\x1b"),
		chromedp.Evaluate[chromedp.Void](`document.getElementById("fit").click()`),
	); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.body.dataset.selected === undefined`, 5*time.Second)
	screenshot(t, ctx, "graph-corpus-fit.png")
	ce.check(t)
}
