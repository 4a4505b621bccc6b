package page

import (
	"fmt"
	"strings"
	"testing"
)

func TestFind(t *testing.T) {
	lines := []string{
		"截至目前，已发放救助金１２０４．５万元，惠及 3 000 户。", // full-width digits, a space in a number
		"**南召县民政局**开展走访慰问，",               // Markdown marks inside a name
		"慰问困难群众１２０户，南召县民政",
		"file:///tmp/page-footer.html",
		"局将持续跟进。",
		"春节前，春节前，春节前。",
	}
	cases := []struct {
		group, text string
		first, last int
		want        string // the cuts as line:text|line:text
	}{
		{"quantities", "1204.5万元", 1, 0, "1:１２０４．５万元"},
		{"quantities", "3000户", 1, 0, "1:3 000 户"},
		{"agencies", "南召县民政局", 2, 0, "2:南召县民政局"},
		// A value across a line end, and across a line of page chrome.
		{"targets", "开展走访慰问，慰问困难群众120户", 2, 3, "2:开展走访慰问，|3:慰问困难群众１２０户"},
		{"agencies", "南召县民政局", 3, 5, "3:南召县民政|5:局"},
		// The second and third values with the same text take the next ones.
		{"periods", "春节前", 6, 0, "6:春节前@0"},
		{"periods", "春节前", 6, 0, "6:春节前@12"},
		{"periods", "春节前", 6, 0, "6:春节前@24"},
		{"periods", "春节前", 6, 0, "6:春节前@0"}, // more values than places: the first
		// Not there, or no line to look on: nothing.
		{"people", "张三", 1, 3, ""},
		{"people", "张三", 0, 0, ""},
		{"people", "  ", 1, 0, ""},
		{"people", "南召县", 99, 0, ""},
	}
	l := newLocator(lines)
	for _, c := range cases {
		var got []string
		for _, cut := range l.find(c.group, c.text, c.first, c.last) {
			s := fmt.Sprintf("%d:%s", cut.Line, lines[cut.Line-1][cut.Start:cut.End])
			if strings.Contains(c.want, "@") {
				s += fmt.Sprintf("@%d", cut.Start)
			}
			got = append(got, s)
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("find(%q, lines %d-%d) = %q, want %q", c.text, c.first, c.last, g, c.want)
		}
	}
}

// draw writes nodes as text with [id …] for marks, continuations as [id+ …].
func draw(nodes []*node) string {
	var b strings.Builder
	for _, n := range nodes {
		if n.Mark == nil {
			b.WriteString(n.Text)
			continue
		}
		more := "+"
		if n.Mark.First {
			more = ""
		}
		fmt.Fprintf(&b, "[%d%s %s]", n.Mark.ID, more, draw(n.Kids))
	}
	return b.String()
}

func TestNest(t *testing.T) {
	cases := []struct {
		ivs  []interval
		want string
	}{
		{nil, "abcdefghij"},
		{[]interval{{2, 5, 0}}, "ab[0 cde]fghij"},
		// Nested: the longer outside.
		{[]interval{{3, 4, 1}, {0, 10, 0}}, "[0 abc[1 d]efghij]"},
		// The same stretch twice: the first value outside.
		{[]interval{{2, 4, 1}, {2, 4, 0}}, "ab[0 [1 cd]]efghij"},
		// Crossing: the later one is cut at the edge and goes on after it.
		{[]interval{{0, 5, 0}, {3, 8, 1}}, "[0 abc[1 de]][1+ fgh]ij"},
		// Side by side.
		{[]interval{{0, 2, 0}, {2, 4, 1}}, "[0 ab][1 cd]efghij"},
	}
	for _, c := range cases {
		seen := map[int]bool{}
		markOf := func(v int) *mark {
			m := &mark{ID: v, First: !seen[v]}
			seen[v] = true
			return m
		}
		if got := draw(nest("abcdefghij", c.ivs, markOf)); got != c.want {
			t.Errorf("nest(%v) = %s, want %s", c.ivs, got, c.want)
		}
	}
}

func TestSplitLines(t *testing.T) {
	lines, pages := SplitLines("一\n二\n\f三\n四\n")
	if got := strings.Join(lines, "|"); got != "一|二|三|四" {
		t.Errorf("lines %q", got)
	}
	if fmt.Sprint(pages) != "[1 0 2 0]" {
		t.Errorf("pages %v, want [1 0 2 0]", pages)
	}
	lines, pages = SplitLines("一\n二")
	if len(lines) != 2 || fmt.Sprint(pages) != "[0 0]" {
		t.Errorf("unpaged text: %q %v", lines, pages)
	}
}
