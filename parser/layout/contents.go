package layout

import (
	"slices"

	"bulletin/parser/span"
)

// reconcileContents holds the items against the table of contents: an
// entry no item answers to marks an item whose heading the body lacks. It
// is looked for after the item the previous entry answers to, as the first
// paragraph there that opens with a date, and takes its title from the
// contents.
func (a *analyzer) reconcileContents(drafts []*draft) []*draft {
	if len(a.doc.Contents) == 0 {
		return drafts
	}
	a.doc.Contents = mergeWrapped(a.doc.Contents, drafts)
	entries := a.doc.Contents
	matched := make([]int, len(entries)) // entry -> draft index, -1 if none
	next := 0
	titles := make([]bigramBag, len(drafts))
	for k, d := range drafts {
		if d.title != nil {
			titles[k] = bigrams(d.title.Value)
		}
	}
	for e := range entries {
		matched[e] = -1
		entry := bigrams(entries[e].Title.Value)
		for k := next; k < len(drafts); k++ {
			if titles[k] != nil && dice(entry, titles[k]) >= 0.5 {
				matched[e], next = k, k+1
				break
			}
		}
	}
	for e := range entries {
		if matched[e] >= 0 {
			continue
		}
		prev := -1
		for p := e - 1; p >= 0; p-- {
			if matched[p] >= 0 {
				prev = matched[p]
				break
			}
		}
		if prev < 0 {
			continue
		}
		d := drafts[prev]
		for k := 1; k < len(d.paras); k++ {
			if !isDateLed(d.paras[k].text.String()) {
				continue
			}
			title := entries[e].Title
			nd := &draft{section: d.section, title: &title, titleFrom: "contents", paras: d.paras[k:], attr: d.attr}
			d.paras, d.attr = d.paras[:k], nil
			drafts = append(drafts[:prev+1], append([]*draft{nd}, drafts[prev+1:]...)...)
			for x := range matched {
				if matched[x] > prev {
					matched[x]++
				}
			}
			matched[e] = prev + 1
			a.warn(title.Text.Lines().First, "heading-from-contents", "item heading not printed in the body; taken from the table of contents")
			break
		}
	}
	return drafts
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
			if b := best(joined); b >= 0.8 && b > max(best(e.Title.Value), best(entries[i+1].Title.Value))+0.1 {
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
