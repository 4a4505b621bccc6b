package extract

import (
	"regexp"
	"strings"

	"bulletin/parser/chrono"
	"bulletin/parser/layout/cue"
	"bulletin/parser/lexicon"
	"bulletin/parser/span"
	"bulletin/schema"
)

// Dates finds calendar dates (which name a month) and periods (年底, 一季度,
// 今年以来, 春节期间, and vague words such as 近日), resolving years against
// the document's date, or the year the text states where it has none.
type Dates struct{}

func (Dates) Name() string          { return "dates" }
func (Dates) Requires() []Extractor { return nil }

// DatesFound is where the dates and periods of the text stand: Dates[k]
// is the text out.Dates[k] was read from, Periods[k] that of
// out.Periods[k]. The dates of table cells come after them, with no range.
type DatesFound struct{ Dates, Periods ranges }

func (Dates) Extract(in *Input, out *schema.Entities) any {
	var r DatesFound
	for _, e := range chrono.Find(in.Text.String(), in.Ref()) {
		if e.Value == chrono.EpochDay && e.Rule == "numeric" {
			continue // a site's placeholder for a time never set; a cell's stays
		}
		if readersDay(in.Text.String(), e) {
			continue // the page's clock, no date of the text
		}
		if editStamp(in.Text.String(), e) {
			continue // when a post was edited, no date of the text
		}
		if unitColumn(in.Text, e) {
			continue // 万人 2061.3: a grid's figure under its measure (dates_unitcolumn.go)
		}
		f := found(in.Text, e.Start, e.End, "dates/"+e.Rule)
		switch e.Kind {
		case chrono.Day, chrono.Month:
			r.Dates = append(r.Dates, byteRange{e.Start, e.End})
			out.Dates = append(out.Dates, dateOf(e, f))
		default:
			r.Periods = append(r.Periods, byteRange{e.Start, e.End})
			out.Periods = append(out.Periods, schema.Period{
				Kind: string(e.Kind), From: e.From, To: e.To, Fuzzy: e.Fuzzy,
				Relation: string(e.Relation), Found: f,
			})
		}
	}
	// Dates in table cells count (GOLD.md): 开工时间 2019.06.
	for _, c := range in.Cells {
		cs := c.String()
		if !strings.ContainsAny(cs, "0123456789月") {
			continue
		}
		for _, e := range chrono.Find(cs, in.Ref()) {
			if e.Kind == chrono.Day || e.Kind == chrono.Month {
				out.Dates = append(out.Dates, dateOf(e, found(c, e.Start, e.End, "dates/"+e.Rule)))
			}
		}
	}
	out.Dates = append(out.Dates, headerDates(in)...)
	out.Dates = append(out.Dates, pageStamps(in)...)
	return r
}

// headerDates are the calendar dates in the header rows of the grids the
// stretch reads (单位 | 7月份某金 | 8月份某金): a month a column heading
// names is a date the text prints (GOLD.md: every calendar date that names
// a month; dates in table cells count), which the data cells do not hold.
func headerDates(in *Input) []schema.Date {
	var out []schema.Date
	for _, b := range in.Blocks {
		if t := b.Title; t != nil && strings.Contains(t.Value, "月") && !strings.Contains(in.Text.String(), t.Text.String()) {
			// A grid's own title, set among its cells (2022年4月临时救助
			// over the month's figures), names its month as a head does.
			for _, e := range chrono.Find(t.Text.String(), in.Ref()) {
				if e.Kind == chrono.Day || e.Kind == chrono.Month {
					out = append(out, dateOf(e, found(t.Text, e.Start, e.End, "dates/table-title")))
				}
			}
		}
		for _, r := range b.Rows[:b.Header] {
			for _, c := range r.Cells {
				if !strings.Contains(c, "月") {
					continue
				}
				t := span.Plain(c, r.Line)
				for _, e := range chrono.Find(c, in.Ref()) {
					if e.Kind == chrono.Day || e.Kind == chrono.Month {
						out = append(out, dateOf(e, found(t, e.Start, e.End, "dates/table-header")))
					}
				}
			}
		}
	}
	return out
}

// readersDay reports whether the date e of s is the day a site's clock
// shows its reader, written when the page is opened (今天是：2019年5月6日
// 星期一): a today label (cue_words today) opening its line just before
// the date, its day of the week just after it, and no sentence ended on
// the rest of the line (a strip: …星期二,欢迎光临本站). Prose that names
// the day (今天是3月5日星期二，也是重阳节，某社区开展活动。) ends a sentence
// and keeps its date.
func readersDay(s string, e chrono.Expr) bool {
	if e.Kind != chrono.Day {
		return false
	}
	k := len(strings.TrimRight(s[:e.Start], ":： \t"))
	label, ok := lexicon.CueWordList("today").EndingAt(s, k)
	if !ok {
		return false
	}
	lineStart := strings.LastIndexByte(s[:k-len(label)], '\n') + 1
	if strings.TrimSpace(s[lineStart:k-len(label)]) != "" {
		return false // the label inside a sentence
	}
	rest := strings.TrimLeft(s[e.End:], " \t\u3000")
	w := chrono.Weekday(rest)
	if w == 0 {
		return false
	}
	rest = rest[w:]
	if n := strings.IndexByte(rest, '\n'); n >= 0 {
		rest = rest[:n]
	}
	return !strings.ContainsAny(rest, "。！？!?")
}

// stampPrefix matches a page's timestamp at a line's start: an ISO date
// and a clock time (2023-11-22 11:10:01, the time an e-paper or a site
// printed the page at).
var stampPrefix = regexp.MustCompile(`^\s*\d{4}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}`)

// pageStamps are the dates of the page's timestamps that the layout read
// as page chrome after the text's last part (an e-paper's
// “2023-11-22 11:10:01 A6版” under the body): a date the text prints
// (GOLD.md: an ISO timestamp in the text is a date), read by the part
// that ends before them, once, as no part holds their lines. Only the
// lines after this part that belong to no other part (chrome, or a
// headline printed again with no body) are read, and of them only those
// that open with a timestamp, not a list of links with dates.
func pageStamps(in *Input) []schema.Date {
	if in.Env == nil || in.Env.Doc == nil || in.Text.Len() == 0 {
		return nil
	}
	last := in.Text.Lines().Last
	if linkedStamps(in.Env.Doc.Lines, last) {
		return nil // other articles' times: dates_linkstamps.go
	}
	var out []schema.Date
	for _, l := range in.Env.Doc.Lines {
		if l.Num <= last {
			continue
		}
		if l.Role != cue.Chrome && l.Role != cue.Heading {
			return nil // a part of the text follows: the stamps are its own
		}
		if l.Role != cue.Chrome || !stampPrefix.MatchString(l.Text) {
			continue
		}
		t := span.Plain(l.Text, l.Num)
		if es := chrono.Find(l.Text, in.Ref()); len(es) > 0 && es[0].Kind == chrono.Day {
			out = append(out, dateOf(es[0], found(t, es[0].Start, es[0].End, "dates/page-stamp")))
		}
	}
	return out
}

func dateOf(e chrono.Expr, f schema.Found) schema.Date {
	return schema.Date{
		Value: e.Value, End: e.EndValue, Precision: string(e.Kind),
		From: e.From, To: e.To, Fuzzy: e.Fuzzy, Relation: string(e.Relation),
		YearFrom: e.YearFrom, Found: f,
	}
}

// EventDate is the date an item's own text gives for its event: its first
// date (GOLD.md: the first date that the item's own text gives), not
// counting open starts (以来), which tell since when, not when. A date the
// figures stand at (截至2月底) is the date the item reports, and a
// deadline (应于5月31日前完成…) the date of what the item sets out, where it
// comes first as where it is the only one (限4月5日前迁出).
func EventDate(ds []schema.Date) *string {
	for _, d := range ds {
		if d.Value != "" && d.Relation != string(chrono.Since) {
			v := d.Value
			return &v
		}
	}
	return nil
}
