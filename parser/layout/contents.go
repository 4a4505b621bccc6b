package layout

import (
	"slices"

	"bulletin/parser/layout/cue"
	"bulletin/parser/span"
)

// reconcileContents holds the items against the table of contents. An
// entry that no item's title answers to names an item whose heading the
// body lacks: the untitled item between the items the entries before and
// after it answer to, or else a paragraph opening with a date inside the
// item before, which becomes an item of its own. Either takes its title
// from the contents.
func (a *assembly) reconcileContents(drafts []*draft) []*draft {
	if len(a.doc.Contents) == 0 {
		return drafts
	}
	a.doc.Contents = mergeWrapped(a.doc.Contents, drafts)
	entries := a.doc.Contents
	matched := make([]int, len(entries)) // entry -> draft index, -1 if none
	next := 0
	for e := range entries {
		matched[e] = -1
		entry := bigrams(entries[e].Title.Value)
		for k := next; k < len(drafts); k++ {
			if drafts[k].title != nil && dice(entry, bigrams(drafts[k].title.Value)) >= 0.5 {
				matched[e], next = k, k+1
				break
			}
		}
	}
	for e := range entries {
		if matched[e] >= 0 {
			continue
		}
		lo, hi := 0, len(drafts)
		for p := e - 1; p >= 0; p-- {
			if matched[p] >= 0 {
				lo = matched[p] + 1
				break
			}
		}
		for p := e + 1; p < len(entries); p++ {
			if matched[p] >= 0 {
				hi = matched[p]
				break
			}
		}
		title := entries[e].Title
		for k := lo; k < hi; k++ {
			if drafts[k].title == nil && !drafts[k].brief {
				drafts[k].title, drafts[k].titleFrom = &title, "contents"
				matched[e] = k
				a.warn(title.Text.Lines().First, "heading-from-contents", "item heading not printed in the body; taken from the table of contents")
				break
			}
		}
		if matched[e] >= 0 || lo == 0 {
			continue
		}
		// Split the item before at a paragraph that opens with a date.
		d := drafts[lo-1]
		if nd := a.splitAtDate(d, title); nd != nil {
			drafts = slices.Insert(drafts, lo, nd)
			for x := range matched {
				if matched[x] >= lo {
					matched[x]++
				}
			}
			matched[e] = lo
			a.warn(title.Text.Lines().First, "heading-from-contents", "item heading not printed in the body; taken from the table of contents")
		}
	}
	return drafts
}

// splitAtDate cuts the draft at its first paragraph after the first that
// opens with a date, and returns the part after it as a new draft.
func (a *assembly) splitAtDate(d *draft, title Field) *draft {
	paras := a.group(d.lines)
	for k := 1; k < len(paras); k++ {
		if _, ok := cue.DateLed(a.d.Lines[paras[k][0]].Sq); !ok {
			continue
		}
		nd := &draft{section: d.section, title: &title, titleFrom: "contents", lines: slices.Concat(paras[k:]...)}
		nd.body = a.joinParas(paras[k:])
		nd.attr, d.attr = d.attr, nil
		d.lines = slices.Concat(paras[:k]...)
		a.draftItem(d)
		d.attr = nil
		return nd
	}
	return nil
}

// bigramBag is the bag of a title's character bigrams, each two runes
// packed in one number, sorted: comparing two is a merge, with no map and
// no strings made.
type bigramBag []uint64

func bigrams(s string) bigramBag {
	var out bigramBag
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 {
			out = append(out, uint64(prev)<<32|uint64(r))
		}
		prev = r
	}
	slices.Sort(out)
	return out
}

// dice is the Dice coefficient of two bigram bags.
func dice(a, b bigramBag) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	common := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			common++
			i++
			j++
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b))
}

// mergeWrapped joins contents entries that are one title wrapped over two
// lines: the two together answer an item's title better than either alone.
func mergeWrapped(entries []Entry, drafts []*draft) []Entry {
	var titles []bigramBag
	for _, d := range drafts {
		if d.title != nil {
			titles = append(titles, bigrams(d.title.Value))
		}
	}
	best := func(s string) float64 {
		m, g := 0.0, bigrams(s)
		for _, t := range titles {
			m = max(m, dice(g, t))
		}
		return m
	}
	var out []Entry
	for i := 0; i < len(entries); i++ {
		e := entries[i]
		if i+1 < len(entries) && entries[i+1].Section == e.Section {
			joined := e.Title.Value + entries[i+1].Title.Value
			if b := best(joined); b > max(best(e.Title.Value), best(entries[i+1].Title.Value)) && b >= 0.5 {
				var tb span.Builder
				tb.AddText(e.Title.Text)
				tb.AddText(entries[i+1].Title.Text)
				e.Title = Field{Value: joined, Text: tb.Text(), Rule: e.Title.Rule}
				i++
			}
		}
		out = append(out, e)
	}
	return out
}
