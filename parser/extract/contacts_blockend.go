package extract

import (
	"sort"
	"strings"

	"bulletin/parser/layout/cue"
)

// pastContactBlock reports whether the number at [at, end), after a
// contact cue that ends at cueEnd, stands past the block the cue opens: a
// line between the cue's and the number's that the layout read as the
// document's 落款 (the issuing body, the date under it: GB/T 9704-2012
// §7.3.5) ends the contact block, as a notice prints its contact lines
// over its signature; and a figure the record reads as the document's
// date (2024315, a date whose 年 and 月 the page lost) is no phone on
// the lines the date is read from. The number's own line is not asked
// for a 落款 role: a contact line run on over the 落款 is read with it at
// times (联系电话:… / 某局 / 日期).
func pastContactBlock(in *Input, cueEnd, at, end int) bool {
	if in.Env == nil || in.Env.Doc == nil {
		return false
	}
	doc := in.Env.Doc
	first, last := in.Text.LineAt(cueEnd-1), in.Text.LineAt(at)
	if d := doc.Date; d != nil && d.Found() && d.Text.Len() > 0 {
		if l := d.Text.Lines(); l.First <= last && last <= l.Last && strings.Contains(d.Text.String(), in.Text.String()[at:end]) {
			return true // the document's date
		}
	}
	if first == last {
		return false
	}
	lines := doc.Lines
	k := sort.Search(len(lines), func(k int) bool { return lines[k].Num > first })
	for ; k < len(lines) && lines[k].Num < last; k++ {
		if lines[k].Role == cue.Signature {
			return true
		}
	}
	return false
}
