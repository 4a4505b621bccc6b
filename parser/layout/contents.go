package layout

import "bulletin/parser/span"

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
	titles := make([]map[string]int, len(drafts))
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

// dice is the Dice coefficient of two bigram bags.
func dice(ga, gb map[string]int) float64 {
	if len(ga) == 0 || len(gb) == 0 {
		return 0
	}
	common := 0
	for g, n := range ga {
		if m, ok := gb[g]; ok {
			common += min(n, m)
		}
	}
	return 2 * float64(common) / float64(total(ga)+total(gb))
}

func bigrams(s string) map[string]int {
	out := map[string]int{}
	rs := []rune(s)
	for i := 0; i+1 < len(rs); i++ {
		out[string(rs[i:i+2])]++
	}
	return out
}

func total(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// mergeWrapped joins contents entries that are one title wrapped over two
// lines: the two together answer an item's title better than either alone.
func mergeWrapped(entries []Entry, drafts []*draft) []Entry {
	var titles []map[string]int
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
