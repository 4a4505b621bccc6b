package cue

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/chrono"
)

// digest: a news digest's brief, one of a run of paragraphs each opening
// with the day of its news (3月1日，…; 3月7日，…), as a monthly 工作动态
// lists what its bureau did without a heading over each. A report may open
// a paragraph or two with a day as its story goes on; a digest's days run
// through paragraph after paragraph, in the order of the calendar.
type digest struct{}

func (digest) Name() string             { return "digest" }
func (digest) Roles() []Role            { return []Role{Brief} }
func (digest) Kind() string             { return "bulletin" }
func (digest) Settles() Role            { return Brief }
func (digest) Needs() []string          { return nil }
func (digest) Match(d *Doc, i int) bool { return d.digest[i] }

// digestRun is the least number of dated paragraphs in a row that list
// news rather than tell one story: two dates are a story's before and
// after, a third makes a list.
const digestRun = 3

// measureDigest marks the lines that open the paragraphs of a digest: at
// least digestRun paragraphs in a row, each opening with a day, or with a
// date of any precision set as a label before a colon (a chronicle's
// entries: 1949年10月：… / 1954年：…), their dates in the calendar's
// order, forward or back, no two of them the same.
func measureDigest(d *Doc) []bool {
	out := make([]bool, len(d.Lines))
	d.dated = make([]bool, len(d.Lines))
	var run []int     // the opening lines of the current run
	var days []string // and their days, as ISO text
	flush := func() {
		if len(run) >= digestRun && ordered(days) && !oneDay(days) && distinct(d, run) {
			for _, i := range run {
				out[i] = true
			}
		}
		run, days = run[:0], days[:0]
	}
	for i, l := range d.Lines {
		e, ok := DateLed(l.Sq)
		d.dated[i] = ok // read once, for the date-led cue as well
		if d.inParagraph(i) {
			continue // a paragraph's later line neither opens nor ends a run
		}
		if ok && e.Kind == chrono.Day {
			run = append(run, i)
			days = append(days, e.Value)
			continue
		}
		if v, ok := dateLabel(l.Sq); ok {
			run = append(run, i)
			days = append(days, v)
			continue
		}
		flush()
	}
	flush()
	attributedBriefs(d, out)
	bulletedBriefs(d, out)
	return out
}

// bulletedBriefs marks the opening lines of a digest whose briefs each
// open with one bullet (▲陆某在某地调研…。 / ▲民政部公布…。), dated or
// not: at least digestRun paragraphs in a row, each telling news
// (toldNews). A page's menus and fields set with bullets (• 打印,
// • 发文日期：…), a list of what to bring (• 户口簿原件及复印件；) and a
// speech's points (• 一是注重…) tell none.
func bulletedBriefs(d *Doc, out []bool) {
	var run []int
	var mark rune
	flush := func() {
		if len(run) >= digestRun {
			for _, i := range run {
				out[i] = true
			}
		}
		run, mark = run[:0], 0
	}
	for i, l := range d.Lines {
		if d.inParagraph(i) {
			continue // a paragraph's later line neither opens nor ends a run
		}
		r, n := utf8.DecodeRuneInString(l.Sq)
		brief := ListBullet(r) && toldNews(strings.TrimSpace(l.Sq[n:]))
		if !brief || r != mark {
			flush()
		}
		if brief {
			run, mark = append(run, i), r
		}
	}
	flush()
}

// attributedBriefs marks the opening lines of a digest's briefs that each
// close with their unit's attribution on a line of its own (5月14日，…。 /
// （某市慈善总会）), two of them at the least: the attribution, not
// the calendar, says where each ends. A brief opens with its day; an item
// opened by its heading stays the heading's.
func attributedBriefs(d *Doc, out []bool) {
	var opens []int
	open := -1 // the first line of the block the next attribution closes
	for i, l := range d.Lines {
		if wholeAttribution(l.Sq) {
			if open >= 0 {
				opens = append(opens, open)
			}
			open = -1
			continue
		}
		if open == -1 { // the block's first line: it opens with its day, or is no brief
			if d.dated[i] && !d.inParagraph(i) {
				open = i
			} else {
				open = -2 // a block that opens with no day is no brief
			}
		}
	}
	if len(opens) <= 1 {
		return // a report may close with its unit's attribution; two close two briefs
	}
	for _, i := range opens {
		out[i] = true
	}
}

// wholeAttribution reports whether s is an attribution alone, its unit in
// brackets: （某市慈善总会）.
func wholeAttribution(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "（") && !strings.HasPrefix(s, "(") {
		return false
	}
	_, _, ok := AttributionAt(s)
	return ok
}

// distinct reports whether the lines at run differ from each other: a
// page that prints one dated line again and again (a photograph's caption
// under each picture) lists no news.
func distinct(d *Doc, run []int) bool {
	seen := make(map[string]bool, len(run))
	for _, i := range run {
		if seen[d.Lines[i].Sq] {
			return false
		}
		seen[d.Lines[i].Sq] = true
	}
	return true
}

// oneDay reports whether days are all one day: a report's photographs,
// each captioned with the day they were taken (10月9日，居民在…), or one
// day's event told in turn, no digest of the days a bulletin covers.
func oneDay(days []string) bool {
	for _, d := range days[1:] {
		if d != days[0] {
			return false
		}
	}
	return true
}

// ordered reports whether days run in the calendar's order, forward or
// back, a day told twice (two news of one day) keeping it. Dates of
// different precision compare on what both give (1954 stands with
// 1954-12 and before 1956-01).
func ordered(days []string) bool {
	up, down := true, true
	for k := 1; k < len(days); k++ {
		a, b := days[k-1], days[k]
		n := min(len(a), len(b))
		up = up && a[:n] <= b[:n]
		down = down && a[:n] >= b[:n]
	}
	return up || down
}

// dateLabel reads s as opening with a date set as a label, a colon after
// it and text after that (1949年10月：成立…, 1954年：内务部…, 3月5日:…),
// as a chronicle (大事记) heads its entries: the date's value in ISO
// form, a year alone as its four figures, a day or a month with no year
// as its month (and day) alone.
func dateLabel(s string) (string, bool) {
	var value string
	end := 0
	if e, ok := chrono.Starting(s, 0, chrono.Ref{Year: 2000}); ok && (e.Kind == chrono.Day || e.Kind == chrono.Month) {
		value, end = e.Value, e.End
		if e.YearFrom != "text" {
			// No year printed: the month and day alone (03-05), which
			// order the entries of one year as well; no year is made up.
			_, value, _ = strings.Cut(value, "-")
		}
	} else if len(s) > 4 && digitsOnly(s[:4]) && strings.HasPrefix(s[4:], "年") {
		value, end = s[:4], 4+len("年")
	} else {
		return "", false
	}
	rest := strings.TrimLeft(s[end:], " ")
	after, found := strings.CutPrefix(rest, "：")
	if !found {
		after, found = strings.CutPrefix(rest, ":")
	}
	if !found || !HasHan(after) {
		return "", false
	}
	return value, true
}

// toldNews reports whether s, a paragraph's first line after its bullet,
// tells news: a sentence closed by its full stop (a list's clauses close
// with semicolons), no point a speech enumerates (一是…, 一、…).
func toldNews(s string) bool {
	return strings.ContainsAny(s, "。！") && !inlineEnumerator(s) && !startsEnumerated(s)
}
