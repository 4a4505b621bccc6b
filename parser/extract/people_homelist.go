package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/span"
	"bulletin/schema"
)

// A visit report names the homes its leader went into by the people who
// live there, a 、-list of full names closed by the home (cue list home,
// 家中, 家里) and opened by the place they live in (到金山镇某某、某某家中).
// The list's frame makes each item a person, even one whose given name is
// also a word (窦同学): a name after a status word is the status rule's
// (低保户某某家中), a single name with no list around it is left to the
// name rules. The first item is read after a place's level (镇, 村,
// 街道: levels.tsv), where the place ends and the name starts; every item
// must open with a surname and pass checkName, else the list is no
// list of names (困难群众、特困人员家中).

// homeListed are the people a list closed by a home names, role null
// (GOLD.md, people: none is printed).
func homeListed(t span.Text) []schema.Person {
	s := t.String()
	var out []schema.Person
	for _, cue := range []string{"家中", "家里"} {
		if !lexicon.CueWordList("home").Has(cue) {
			continue
		}
		for off := 0; ; {
			h := strings.Index(s[off:], cue)
			if h < 0 {
				break
			}
			h += off
			off = h + len(cue)
			out = append(out, homeListAt(t, s, h)...)
		}
	}
	return out
}

// homeListAt reads the list of names that ends at h, the home's offset.
func homeListAt(t span.Text, s string, h int) []schema.Person {
	type item struct{ at, end int }
	var items []item
	end := h
	for {
		sep := strings.LastIndex(s[:end], "、")
		if sep < 0 || !homeItemName(s[sep+len("、"):end]) {
			break
		}
		items = append(items, item{sep + len("、"), end})
		end = sep
	}
	if len(items) == 0 {
		return nil
	}
	at, ok := homePlacedName(s[:end])
	if !ok {
		return nil
	}
	items = append(items, item{at, end})
	out := make([]schema.Person, 0, len(items))
	for k := len(items) - 1; k >= 0; k-- {
		p := schema.Person{Name: s[items[k].at:items[k].end]}
		p.Found = found(t, items[k].at, items[k].end, "people/home-list")
		out = append(out, p)
	}
	return out
}

// homePlacedName is the offset of the name that closes head where a place's
// level stands right before it (金山镇|窦同学): the longest of two or three
// characters that is a listed name.
func homePlacedName(head string) (int, bool) {
	for _, n := range []int{3, 2} {
		at := len(head)
		for range n {
			_, w := utf8.DecodeLastRuneInString(head[:at])
			if w == 0 {
				break
			}
			at -= w
		}
		if utf8.RuneCountInString(head[at:]) != n || !homeItemName(head[at:]) {
			continue
		}
		if _, ok := lexicon.Levels().Suffix(head[:at]); ok {
			return at, true
		}
	}
	return 0, false
}

// homeItemName reports whether an item of the list is a full name: two or
// three Han characters opening with a surname, no place's name and no
// word checkName refuses.
func homeItemName(n string) bool {
	c := utf8.RuneCountInString(n)
	if c < 2 || c > 3 || !allHan(n) {
		return false
	}
	if sur, ok := surnameAt(n, 0); !ok || len(sur) == len(n) {
		return false
	}
	if lexicon.Places().Has(n) || statusWord(n) {
		return false
	}
	_, ok := checkName(n)
	return ok
}
