package extract

import (
	"bulletin/parser/chrono"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/span"
)

// dropSiteBanner drops a government's name that a saved web page prints
// as its site's banner: the document's first line holds the name alone,
// or the name and the site's address or the day's date (昆明市晋宁区人民政府
// www.example.gov.cn; 某市某区人民政府 2019年12月3日星期二), and the text
// prints the name nowhere else but on such a line of its own. The banner
// names the site's owner, whose pages these are (GOLD.md: a website named
// as the text's source is no agency); a body the text itself speaks of is
// printed again in it (某县某镇政府 in the notice's body, 发布机构: 某区人民
// 政府), and keeps its name. Only a division's government (人民政府, 政府:
// the endings labelled division), whose portal the site is, is read so; a
// bureau's name on the first line heads its own text, and a masthead or a
// title holds more words than the name (某县人民政府文件, …关于…).
func dropSiteBanner(t span.Text, cs []candidate, e *Env) []candidate {
	if e == nil || e.Doc == nil || len(e.Doc.Lines) == 0 {
		return cs
	}
	first := e.Doc.Lines[0]
	s := t.String()
	return slices.DeleteFunc(cs, func(c candidate) bool {
		if t.LineAt(c.start) != first.Num {
			return false
		}
		name := s[c.start:c.end]
		if suffix, _ := agency.Ending(name); lexicon.AgencySuffixes().Label(suffix, 1) != "division" {
			return false
		}
		rest, ok := strings.CutPrefix(strings.TrimSpace(first.Text), name)
		if !ok || !bannerTail(rest) {
			return false
		}
		return !printedInText(e.Whole(), name)
	})
}

// bannerTail reports whether what follows a name on a banner's line is
// nothing, or the site's address or a date with its weekday (chrono reads
// them), no words of a sentence.
func bannerTail(rest string) bool {
	rest = strings.TrimSpace(rest)
	b := []byte(rest)
	for _, e := range chrono.Find(rest, chrono.Ref{}) {
		end := e.End + chrono.Weekday(strings.TrimLeft(rest[e.End:], " "))
		end += len(rest[e.End:]) - len(strings.TrimLeft(rest[e.End:], " "))
		for i := e.Start; i < min(end, len(b)); i++ {
			b[i] = ' '
		}
	}
	for _, r := range string(b) {
		if unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// firstRune is the first character of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// printedInText reports whether the document prints name on a line with
// other words beside it: the text speaks of the body, as no banner does.
func printedInText(whole, name string) bool {
	for _, line := range strings.Split(whole, "\n") {
		if !strings.Contains(line, name) {
			continue
		}
		if rest, ok := strings.CutPrefix(strings.TrimSpace(line), name); !ok || !bannerTail(rest) {
			return true
		}
	}
	return false
}
