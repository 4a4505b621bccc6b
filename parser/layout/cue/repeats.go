package cue

import (
	"sort"
	"strings"

	"bulletin/parser/agency"
)

// repeatsEarlier: the line repeats an earlier line of the document word
// for word: a contents entry or section label met again in the body.
type repeatsEarlier struct{}

func (repeatsEarlier) Name() string    { return "repeats-earlier" }
func (repeatsEarlier) Roles() []Role   { return []Role{Heading, Section} }
func (repeatsEarlier) Needs() []string { return nil }

func (repeatsEarlier) Match(d *Doc, i int) bool {
	s := d.Lines[i].Sq
	if s == "" || s == d.headline || !titleShaped(s) || isByline(strings.TrimSpace(d.Lines[i].Text)) {
		return false
	}
	if d.inGrid(i) {
		return false // a grid's header row set again under a part's row (序号 | 项目 | 价格): the grid's
	}
	// The earlier copy is a contents entry or a label above the text; a
	// line of the text said twice (具体见列表 under each sub-heading) is
	// no heading for being said again.
	k, ok := d.firstAt[s]
	return ok && k < i && k < d.running
}

// repeatsHeadline: the headline printed again: a page's second copy of its
// title, or a PDF's running header, which repeats the page's first line
// whatever its shape (淮安市民政局:取消…!).
type repeatsHeadline struct{}

func (repeatsHeadline) Settles() Role   { return Chrome }
func (repeatsHeadline) Name() string    { return "repeats-headline" }
func (repeatsHeadline) Roles() []Role   { return []Role{Chrome} }
func (repeatsHeadline) Needs() []string { return nil }

func (repeatsHeadline) Match(d *Doc, i int) bool {
	// The issuer's name over the 落款's date, printed at the head too (某局
	// / 关于…的答复), is the 落款's: asked last, a date being dear to read.
	return repeatsHead(d, i) && !d.overSealDate(i)
}

// overSealDate reports whether line i heads a 落款: the date under it, or
// under the co-issuers' names stacked a line each below it (某市民政局 /
// 某市交通运输局 / 2024年4月30日, GB/T 9704-2012 §7.3.5.2).
func (d *Doc) overSealDate(i int) bool {
	if i+1 < len(d.Lines) && d.sealDate(i+1) {
		return true
	}
	if !agency.Shapes(d.Lines[i].Sq) {
		return false // a headline printed again over a 落款 is no name in it
	}
	j := i + 1
	for j < len(d.Lines) && !d.punct[j] && agency.Shapes(d.Lines[j].Sq) {
		j++
	}
	return j > i+1 && j < len(d.Lines) && d.sealDate(j)
}

// repeatsHead is what repeatsHeadline reads, the 落款 aside.
func repeatsHead(d *Doc, i int) bool {
	s := d.Lines[i].Sq
	// A site's banner sets the title in 【】 (【某某办理指南】8、办公地址…,
	// cut from the text it ran into).
	if t, ok := strings.CutPrefix(s, "【"); ok && strings.HasSuffix(t, "】") {
		s = strings.TrimSuffix(t, "】")
	}
	if t := strings.Trim(s, " |"); t != "" && i > d.firstTextAt && copiesOf(t, d.firstText) {
		return true // printed once or more on the line (a page's sticky title, doubled)
	}
	if _, ok := OriginalTitle(s); ok && i > d.firstTextAt && s != d.headline {
		return true // the note on the original's title, under the text's start
	}
	if d.headline == "" || d.firstAt[d.headline] >= i || s == "" {
		return false
	}
	if s == d.headline {
		return true
	}
	// Printed again over two lines, the body's name apart from the rest
	// (安康市行政审批服务局安康市民政局 / 关于印发…的通知).
	h := d.headline
	if i > d.firstAt[h]+1 && halves(h, d.Lines[i-1].Sq, s) {
		return true
	}
	return i+1 < len(d.Lines) && halves(h, s, d.Lines[i+1].Sq)
}

// copiesOf reports whether s is t printed once or more times over.
func copiesOf(s, t string) bool {
	return t != "" && len(s)%len(t) == 0 && s == strings.Repeat(t, len(s)/len(t))
}

// repeatedFirst: the first line of words printed again further on as the
// page's copies of its title (a page that sets its headline again over
// each part): the headline, though its punctuation reads as a sentence's
// (七夕,某市近200对新人领证!), which the shape of a title does not allow.
type repeatedFirst struct{}

func (repeatedFirst) Name() string    { return "repeated-first" }
func (repeatedFirst) Roles() []Role   { return []Role{Title} }
func (repeatedFirst) Needs() []string { return nil }

func (repeatedFirst) Match(d *Doc, i int) bool {
	return i == d.firstTextAt && d.firstText != "" && !titleShaped(d.firstText) && d.lastAt[d.Lines[i].Sq] > i
}

// halves reports whether h is a followed by b.
func halves(h, a, b string) bool {
	return a != "" && len(a)+len(b) == len(h) && strings.HasPrefix(h, a) && strings.HasSuffix(h, b)
}

// repeatedLater: a heading's words printed again further on: an entry of a
// table of contents (本期内容) whose item follows, the same words or the
// one wrapped where the other is not (…专题会议 / …疫情防控 + 和安全生产…).
type repeatedLater struct{}

func (repeatedLater) Name() string    { return "repeated-later" }
func (repeatedLater) Roles() []Role   { return []Role{Contents} }
func (repeatedLater) Needs() []string { return nil }

func (repeatedLater) Match(d *Doc, i int) bool {
	s := d.Lines[i].Sq
	if s == "" || s == d.headline || !titleShaped(s) || d.info[i] || i > d.running || isByline(strings.TrimSpace(d.Lines[i].Text)) {
		return false // a table of contents comes before the text; an information line or a byline is none
	}
	if k, ok := d.lastAt[s]; ok && k > i {
		return true
	}
	if _, ok := headKey(s); !ok {
		return false
	}
	return d.heads.longerAfter(s, i) || d.heads.shorterAfter(s, i)
}

// listedRun: a line of a 目录 printed with no label: one of a run of
// headings numbered on (第一章, 第二章 …) back to back, no text under any,
// whose first is printed again after the run, where the text it lists
// begins; a text's own headings each stand over their text. Such a run
// may stand under running text (a document site's note over the document
// it serves), where repeatedLater asks nothing.
type listedRun struct{}

func (listedRun) Name() string             { return "listed-run" }
func (listedRun) Roles() []Role            { return []Role{Contents} }
func (listedRun) Needs() []string          { return nil }
func (listedRun) Match(d *Doc, i int) bool { return d.listed[i] }

// listedRuns marks the lines of the runs listedRun reads.
func (d *Doc) listedRuns() []bool {
	listed := make([]bool, len(d.Lines))
	for a := 0; a < len(d.Lines); {
		kind, v, _ := Enumerator(d.Lines[a].Sq)
		b := a + 1
		for kind != NoEnum && titleShaped(d.Lines[a].Sq) && b < len(d.Lines) && titleShaped(d.Lines[b].Sq) {
			k, w, _ := Enumerator(d.Lines[b].Sq)
			if k != kind || w != v+1 {
				break
			}
			v, b = w, b+1
		}
		if b-a > 1 && d.lastAt[d.Lines[a].Sq] >= b {
			for k := a; k < b; k++ {
				listed[k] = true
			}
		}
		a = b
	}
	return listed
}

// headKey is the first words of a heading-shaped line, by which its copies
// are found: four characters, what the shortest title holds.
func headKey(s string) (string, bool) {
	n := 0
	for i := range s {
		if n == 4 {
			return s[:i], true
		}
		n++
	}
	return "", false
}

// headings are the heading-shaped lines long enough to have a headKey,
// indexed to find a copy of a line that is longer or shorter than it
// without comparing it with every line that opens with the same words (a
// file of 第N期 lines opens every line alike).
type headings struct {
	sorted []string       // distinct, in order: those that extend s follow it
	maxAt  []int          // a segment tree of the last index of each, for the largest over a range
	last   map[string]int // the last index of each
}

// headIndex indexes the heading-shaped lines.
func (d *Doc) headIndex() headings {
	h := headings{last: map[string]int{}}
	for i, l := range d.Lines {
		if !titleShaped(l.Sq) {
			continue
		}
		if _, ok := headKey(l.Sq); ok {
			if _, seen := h.last[l.Sq]; !seen {
				h.sorted = append(h.sorted, l.Sq)
			}
			h.last[l.Sq] = i
		}
	}
	sort.Strings(h.sorted)
	n := len(h.sorted)
	h.maxAt = make([]int, 2*n)
	for x, t := range h.sorted {
		h.maxAt[n+x] = h.last[t]
	}
	for x := n - 1; x > 0; x-- {
		h.maxAt[x] = max(h.maxAt[2*x], h.maxAt[2*x+1])
	}
	return h
}

// longerAfter reports whether a line after i extends s (s…).
func (h headings) longerAfter(s string, i int) bool {
	n := len(h.sorted)
	lo := sort.SearchStrings(h.sorted, s)
	if lo < n && h.sorted[lo] == s {
		lo++
	}
	hi := lo + sort.Search(n-lo, func(x int) bool { return !strings.HasPrefix(h.sorted[lo+x], s) })
	best := -1
	for l, r := lo+n, hi+n; l < r; l, r = l/2, r/2 {
		if l&1 == 1 {
			best = max(best, h.maxAt[l])
			l++
		}
		if r&1 == 1 {
			r--
			best = max(best, h.maxAt[r])
		}
	}
	return best > i
}

// shorterAfter reports whether a line after i is s cut short: s's start,
// long enough to be a heading's.
func (h headings) shorterAfter(s string, i int) bool {
	key, _ := headKey(s)
	for p := range s {
		if p <= len(key) {
			continue
		}
		if k, ok := h.last[s[:p]]; ok && k > i {
			return true
		}
	}
	return false
}

// firstRunning is the index of the first line of running text (one that
// ends a sentence), or the number of lines.
func (d *Doc) firstRunning() int {
	for i := range d.Lines {
		if d.punct[i] && d.ends[i] {
			return i
		}
	}
	return len(d.Lines)
}

// OriginalTitle is the headline a repost prints in its note on the
// original's title ((原标题:故城县民政局为…找到回家路)), and whether s is
// that note.
func OriginalTitle(s string) (string, bool) {
	inner := strings.TrimLeft(s, "(（")
	if len(inner) < len(s) {
		inner = strings.TrimRight(inner, ")）")
	}
	// A repost may print the note as its headline line, the label kept
	// (原标题:合肥11家社会组织被撤销登记).
	inner, ok := strings.CutPrefix(inner, "原标题")
	if t := strings.TrimLeft(inner, ":："); ok && len(t) < len(inner) && strings.TrimSpace(t) != "" {
		return strings.TrimSpace(t), true
	}
	return s, false
}

// FirstAt is where the text of line i first stands, or i.
func (d *Doc) FirstAt(i int) int {
	if k, ok := d.firstAt[d.Lines[i].Sq]; ok {
		return k
	}
	return i
}
