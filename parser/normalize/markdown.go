package normalize

// starOnlyLine handles a line made only of '*' and spaces, starting at q. A
// lone "*" (or "*****", the bold form thuvienphapluat gives it) is the rule
// under a Party issuer and is kept as "*"; a run of six or more is a
// decorative rule kept as is; anything else ("**", "* *", "** **") is empty
// emphasis and the line disappears.
func (n *normalizer) starOnlyLine(q int) (int, bool) {
	src := n.src
	e := q
	runs, first, firstLen := 0, -1, 0
	for e < len(src) && src[e] != '\n' && src[e] != '\r' {
		switch src[e] {
		case '*':
			if e == q || src[e-1] != '*' {
				runs++
				if first < 0 {
					first = e
				}
			}
			if runs == 1 {
				firstLen++
			}
		case ' ', '\t':
		default:
			return 0, false
		}
		e++
	}
	switch {
	case runs == 1 && (firstLen == 1 || firstLen == 5):
		n.m.add(len(n.mid), first)
		n.mid = append(n.mid, '*')
	case runs == 1 && firstLen >= 6:
		n.m.add(len(n.mid), first)
		n.mid = append(n.mid, src[first:first+firstLen]...)
	default:
		n.hadMarkup = true
	}
	return n.finishAt(e), true
}

// tableRuleLine handles markdown table rules: a line of '|', '-', ':', '+' and
// spaces containing a '|' ("|", "|---|---|"). It disappears, and the next line
// starts a new cell.
func (n *normalizer) tableRuleLine(q int) (int, bool) {
	src := n.src
	e := q
	for e < len(src) && src[e] != '\n' && src[e] != '\r' {
		switch src[e] {
		case '|', '-', ':', '+', ' ', '\t', '=':
		default:
			return 0, false
		}
		e++
	}
	n.hadMarkup = true
	n.cur.barrier = true
	return n.finishAt(e), true
}

// finishAt ends the current line at the terminator at e and returns the
// offset after it.
func (n *normalizer) finishAt(e int) int {
	n.end(e)
	if e < len(n.src) && n.src[e] == '\r' && e+1 < len(n.src) && n.src[e+1] == '\n' {
		return e + 2
	}
	if e < len(n.src) {
		return e + 1
	}
	return e
}

// star handles a run of '*' at p inside a line. Markdown bold/italic markers
// are dropped; literal stars are kept: a bullet "* " at the start of a line,
// footnote marks "(*)", "(**)", a free-standing "*" (" * ", "*.dgn"), a
// product "2*3", and decorative runs of six or more.
func (n *normalizer) star(p int) int {
	src := n.src
	j := p
	for j < len(src) && src[j] == '*' {
		j++
	}
	cnt := j - p
	prev, next := n.byteAt(p-1), n.byteAt(j)
	n.endWord()
	keep := false
	switch {
	case cnt >= 6:
		keep = true
	case prev == '(' && next == ')' && cnt <= 3:
		keep = true
	case cnt == 1:
		atStart := len(n.mid) == n.cur.ms
		switch {
		case atStart && (next == ' ' || next == '\t'):
			keep = true
		case isSpaceOrEOL(prev) && (isSpaceOrEOL(next) || next == '.'):
			keep = true
		case isDigit(prev) && isDigit(next):
			keep = true
		}
	}
	if keep {
		n.emit(p, src[p:j], false)
	} else {
		n.hadMarkup = true
		n.cur.emph ^= emphToggle(cnt)
	}
	return j
}

// Emphasis bits of lineRec.emph.
const (
	emphItalic uint8 = 1 << iota
	emphBold
)

// emphToggle is what a dropped run of cnt stars opens or closes: "*" italic,
// "**" bold, "***" both.
func emphToggle(cnt int) uint8 {
	switch cnt {
	case 1:
		return emphItalic
	case 2:
		return emphBold
	case 3:
		return emphItalic | emphBold
	}
	return 0
}

// underscore handles a run of '_' at p: "__" is markdown bold and goes unless
// it sits inside a word; single underscores and runs of three or more (the
// rule under an issuer, blanks in forms) are text.
func (n *normalizer) underscore(p int) int {
	src := n.src
	j := p
	for j < len(src) && src[j] == '_' {
		j++
	}
	n.endWord()
	if j-p == 2 && !(isAlnum(n.byteAt(p-1)) && isAlnum(n.byteAt(j))) {
		n.hadMarkup = true
		n.cur.emph ^= emphBold
		return j
	}
	n.emit(p, src[p:j], false)
	return j
}

// pipe handles '|': a cell separator in a table row or as " | " inside a line
// (the cell becomes a line of its own), otherwise a literal character.
func (n *normalizer) pipe(p int) int {
	n.endWord()
	if n.tableRow || (n.pending && isSpaceOrEOL(n.byteAt(p+1))) {
		n.cellBreak(p)
		return p + 1
	}
	n.emit(p, n.src[p:p+1], false)
	return p + 1
}

// cellBreak ends the current cell line at the '|' at p and starts a new one.
func (n *normalizer) cellBreak(p int) {
	if len(n.mid) == n.cur.ms {
		// Nothing in this cell yet (leading '|', empty cell): no line to end.
		n.hadMarkup = true
		n.cur.barrier = true
		n.pending = false
		return
	}
	n.end(p)
	n.begin(p+1, true)
	n.hadMarkup = true
}

// backslash drops a markdown escape before ASCII punctuation ("\*", "\.") and
// writes the punctuation as a literal character.
func (n *normalizer) backslash(p int) int {
	if p+1 < len(n.src) && isASCIIPunct(n.src[p+1]) {
		n.endWord()
		n.emit(p+1, n.src[p+1:p+2], false)
		return p + 2
	}
	n.endWord()
	n.emit(p, n.src[p:p+1], false)
	return p + 1
}
