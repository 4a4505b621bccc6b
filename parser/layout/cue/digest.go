package cue

import "bulletin/parser/chrono"

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
func (digest) Needs() []string          { return []string{"日"} }
func (digest) Match(d *Doc, i int) bool { return d.digest[i] }

// digestRun is the least number of dated paragraphs in a row that list
// news rather than tell one story: two dates are a story's before and
// after, a third makes a list.
const digestRun = 3

// measureDigest marks the lines that open the paragraphs of a digest: at
// least digestRun paragraphs in a row, each opening with a day, their days
// in the calendar's order, forward or back, no two of them the same.
func measureDigest(d *Doc) []bool {
	out := make([]bool, len(d.Lines))
	d.dated = make([]bool, len(d.Lines))
	var run []int     // the opening lines of the current run
	var days []string // and their days, as ISO text
	flush := func() {
		if len(run) >= digestRun && ordered(days) && distinct(d, run) {
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
		if !ok || e.Kind != chrono.Day {
			flush()
			continue
		}
		run = append(run, i)
		days = append(days, e.Value)
	}
	flush()
	return out
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

// ordered reports whether days run in the calendar's order, forward or
// back, a day told twice (two news of one day) keeping it.
func ordered(days []string) bool {
	up, down := true, true
	for k := 1; k < len(days); k++ {
		up = up && days[k-1] <= days[k]
		down = down && days[k-1] >= days[k]
	}
	return up || down
}
