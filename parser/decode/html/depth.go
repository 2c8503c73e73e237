package html

import (
	"bytes"
	"strings"
)

// voidElements never have content, so they do not nest.
var voidElements = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true, "param": true,
	"p": true, "li": true, "td": true, "tr": true, "th": true, "option": true, "dt": true, "dd": true}

// markupDepth estimates the deepest element nesting of HTML in one pass over
// the bytes, stopping once it passes limit. Elements whose end tags HTML lets
// authors omit (p, li, td...) are not counted, so that sloppy real pages do
// not look deep.
func markupDepth(b []byte, limit int) int {
	depth, max := 0, 0
	for i := 0; i < len(b); i++ {
		if b[i] != '<' || i+1 >= len(b) {
			continue
		}
		j := i + 1
		closing := false
		if b[j] == '/' {
			closing = true
			j++
		}
		k := j
		for k < len(b) && (b[k] >= 'a' && b[k] <= 'z' || b[k] >= 'A' && b[k] <= 'Z' || b[k] >= '0' && b[k] <= '9') {
			k++
		}
		if k == j {
			continue
		}
		name := strings.ToLower(string(b[j:k]))
		if voidElements[name] {
			continue
		}
		end := bytes.IndexByte(b[k:], '>')
		if end < 0 {
			break
		}
		selfClosing := end > 0 && b[k+end-1] == '/'
		switch {
		case closing:
			if depth > 0 {
				depth--
			}
		case !selfClosing:
			depth++
			if depth > max {
				max = depth
				if max > limit {
					return max
				}
			}
		}
		i = k + end
	}
	return max
}
