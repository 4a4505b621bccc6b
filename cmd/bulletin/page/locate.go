package page

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A value's text is the text as the parser cleaned it: full-width digits
// folded, spaces squeezed out, Markdown marks dropped, lines joined. To find
// it among the original lines both sides are brought to one form — folded,
// with no space, no line end and no Markdown mark — and a match in that form
// is mapped back to byte offsets of the lines.

// fold maps a rune to its comparable form, or -1 to drop it.
func fold(r rune) rune {
	if r >= '！' && r <= '～' {
		r -= 0xFEE0 // full-width ASCII, folded on both sides alike
	}
	switch {
	case r == '*' || r == '#':
		return -1
	case r == '\u2027' || r == '\u30FB':
		return '·'
	case unicode.IsSpace(r) || r == '\u200B' || r == '\uFEFF':
		return -1
	}
	return r
}

// normalize is s in comparable form.
func normalize(s string) string {
	return strings.Map(fold, s)
}

// normLine is one line in comparable form, with where each of its bytes
// came from.
type normLine struct {
	norm  string
	start []int // start[k]: the byte offset in the line of norm's k-th byte
	end   []int // end[k]: the end of the source rune norm's k-th byte came from
}

func newNormLine(line string) normLine {
	var n normLine
	var b strings.Builder
	for off, r := range line {
		f := fold(r)
		if f < 0 {
			continue
		}
		size := utf8.RuneLen(f)
		if size < 0 {
			size = 3 // U+FFFD
			f = utf8.RuneError
		}
		_, w := utf8.DecodeRuneInString(line[off:])
		for i := 0; i < size; i++ {
			n.start = append(n.start, off)
			n.end = append(n.end, off+w)
		}
		b.WriteRune(f)
	}
	n.norm = b.String()
	return n
}

// cut is a stretch of one line: lines[Line-1][Start:End].
type cut struct {
	Line       int
	Start, End int
}

// locator finds values' texts among a document's lines.
type locator struct {
	lines []string
	norm  []*normLine // built on first use
	seen  map[string]int
}

// maxRange bounds the lines one value is looked for in, so a value that
// claims a whole long document costs no more than a paragraph.
const maxRange = 60

func newLocator(lines []string) *locator {
	return &locator{lines: lines, norm: make([]*normLine, len(lines)), seen: map[string]int{}}
}

func (l *locator) line(n int) *normLine {
	if l.norm[n-1] == nil {
		nl := newNormLine(l.lines[n-1])
		l.norm[n-1] = &nl
	}
	return l.norm[n-1]
}

// find returns the cuts where text stands in lines first to last (1-based),
// or nil. group and the lines key repeats: the second value of a group with
// the same text on the same lines is looked for after the first. A value
// that runs over lines with page chrome between them (a running footer
// the parser stepped over) is found with those lines left out.
func (l *locator) find(group, text string, first, last int) []cut {
	want := normalize(text)
	if want == "" || first < 1 || first > len(l.lines) {
		return nil
	}
	last = min(max(last, first), len(l.lines), first+maxRange-1)
	key := group + "\x00" + want + "\x00" + itoa(first)
	skip := l.seen[key]
	l.seen[key]++
	nums := make([]int, 0, last-first+1)
	for n := first; n <= last; n++ {
		nums = append(nums, n)
	}
	if cuts := l.findIn(want, nums, skip); cuts != nil {
		return cuts
	}
	if last-first < 2 || last-first > 10 {
		return nil
	}
	for i := 1; i < len(nums)-1; i++ {
		for j := i; j < len(nums)-1; j++ {
			without := append(append([]int(nil), nums[:i]...), nums[j+1:]...)
			if cuts := l.findIn(want, without, skip); cuts != nil {
				return cuts
			}
		}
	}
	return nil
}

// findIn looks for want in the lines nums run together, its (skip+1)-th
// occurrence, or the first when there are fewer.
func (l *locator) findIn(want string, nums []int, skip int) []cut {
	var all strings.Builder
	begins := make([]int, len(nums))
	for i, n := range nums {
		begins[i] = all.Len()
		all.WriteString(l.line(n).norm)
	}
	hay := all.String()
	at := nth(hay, want, skip)
	if at < 0 && skip > 0 {
		at = nth(hay, want, 0)
	}
	if at < 0 {
		return nil
	}
	var out []cut
	for i, b := range begins {
		nl := l.line(nums[i])
		lo, hi := max(at, b), min(at+len(want), b+len(nl.norm))
		if lo >= hi {
			continue
		}
		out = append(out, cut{Line: nums[i], Start: nl.start[lo-b], End: nl.end[hi-1-b]})
	}
	return out
}

// nth is the offset of the (k+1)-th occurrence of sub in s, or -1.
func nth(s, sub string, k int) int {
	from := 0
	for {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			return -1
		}
		if k == 0 {
			return from + i
		}
		k--
		_, w := utf8.DecodeRuneInString(s[from+i:])
		from += i + w
	}
}

func itoa(n int) string {
	const digits = "0123456789"
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = digits[n%10]
		n /= 10
	}
	return string(b[i:])
}

// interval is a value's cut on one line.
type interval struct {
	start, end int
	value      int // index into the page's values
}

// node is a piece of a line as drawn: text, or a mark holding nodes.
type node struct {
	Text string
	Mark *mark
	Kids []*node
}

// mark is one highlighted stretch of a value. A value cut by a line end or
// by another value's edge has several; the first carries the value's facts.
type mark struct {
	ID    int
	Kind  string
	List  string
	First bool
	Tip   string
	Chip  bool   // drawn after the line: the text was not found on it
	Text  string // a chip's text: the value's text as recorded
}

// nest draws a line with its intervals as properly nested marks: the piece
// between two neighbouring edges is inside every value that covers it,
// outer (earlier, longer) values outside; a value that crosses another's
// edge is closed and opened again there.
func nest(line string, ivs []interval, markOf func(value int) *mark) []*node {
	if len(ivs) == 0 {
		return []*node{{Text: line}}
	}
	edges := []int{0, len(line)}
	for _, iv := range ivs {
		edges = append(edges, iv.start, iv.end)
	}
	sort.Ints(edges)
	sort.SliceStable(ivs, func(i, j int) bool {
		a, b := ivs[i], ivs[j]
		if a.start != b.start {
			return a.start < b.start
		}
		if a.end != b.end {
			return a.end > b.end
		}
		return a.value < b.value
	})
	type open struct {
		value int
		kids  *[]*node
	}
	var root []*node
	stack := []open{{value: -1, kids: &root}}
	var active []int // values covering the current piece, outer first
	for i := 0; i+1 < len(edges); i++ {
		lo, hi := edges[i], edges[i+1]
		if lo == hi {
			continue
		}
		active = active[:0]
		for _, iv := range ivs {
			if iv.start <= lo && hi <= iv.end {
				active = append(active, iv.value)
			}
		}
		// Keep what is open as far as it agrees with active, close the
		// rest, open the others.
		k := 0
		for k < len(active) && k+1 < len(stack) && stack[k+1].value == active[k] {
			k++
		}
		stack = stack[:k+1]
		for _, v := range active[k:] {
			parent := stack[len(stack)-1].kids
			n := &node{Mark: markOf(v)}
			*parent = append(*parent, n)
			stack = append(stack, open{value: v, kids: &n.Kids})
		}
		top := stack[len(stack)-1].kids
		*top = append(*top, &node{Text: line[lo:hi]})
	}
	return root
}
