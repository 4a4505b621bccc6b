package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// A body stationed somewhere, an event's venue and a meeting convened:
// the readings of a boundary word that says where a body sits or what is
// held there (boundaryWordBefore, agencies_start_boundary.go).

// stationedWord reports whether w says where a body is stationed (驻:
// labelled stationed in the agency boundaries): it joins the body and
// the place it sits in.
func stationedWord(w string) bool {
	return lexicon.AgencyBoundaries().Label(w, 0) == "stationed"
}

// stationedPlace reports whether the words [i, j) between a word of
// stationing and the ending that closes the name open with the place
// where the body sits, named by its own name: a place of the gazetteer,
// a level word (驻|村|工作队), or a body's name with its ending (驻|民政部|
// 纪检组). Then the ending after them is the stationed body's own. Words
// with none of these (驻|政务|中心) close on the place itself.
func stationedPlace(s string, i, j int) bool {
	if i >= j {
		return false
	}
	if _, ok := lexicon.Places().At(s, i); ok {
		return true
	}
	if _, _, ok := agency.LevelAt(s, i); ok {
		return true
	}
	for k := i; k < j; {
		_, w := utf8.DecodeRuneInString(s[k:])
		k += w
		if _, ok := lexicon.AgencySuffixes().EndingAt(s, k); ok {
			return true
		}
	}
	return false
}

// venueAt reports whether the name [i, e), after the boundary word w,
// names where an event is held: w says where (在, labelled at in the
// agency boundaries), and the verb of holding an event follows the name
// (举办, 举行, 召开: labelled convene), with only words that qualify it
// between (隆重/a, 顺利/ad). A venue named without the level of a place
// (在东港商务中心隆重举办: a building's name, its place's short name and
// its kind) is a building or a hall; one named by its division with the
// level, or by the level alone (在渝北区救助管理站举行, 在市儿童福利院举行,
// 在彩屯街道办事处彩玉社区举办), is the body whose premises host the event.
func venueAt(s string, ts []segment.Token, w string, i, e int) bool {
	b := lexicon.AgencyBoundaries()
	if b.Label(w, 0) != "at" || levelledName(s[i:e]) {
		return false
	}
	for k := tokenAt(ts, e); k >= 0 && k < len(ts) && (k == tokenAt(ts, e) || ts[k].Start == ts[k-1].End); k++ {
		if b.Has(ts[k].Word) && b.Label(ts[k].Word, 0) == "convene" {
			return true
		}
		if !qualifier(ts[k].Tag) {
			return false
		}
	}
	return false
}

// levelledName reports whether name opens with its level (市…), a
// national prefix, or a place of the gazetteer named with its level
// (渝北区…), or holds a division's level word after its own name (彩屯
// 街道办事处彩玉社区: a township's, a community's): as a government names
// its bodies and its divisions, where a building or a firm goes by the
// place's short name (东港…).
func levelledName(name string) bool {
	if agency.OpensWithLevel(name) {
		return true
	}
	if _, ok := lexicon.National().Prefix(name); ok {
		return true
	}
	if place, ok := lexicon.Places().At(name, 0); ok {
		if _, level := lexicon.Levels().Suffix(place); level {
			return true
		}
	}
	for k := range name {
		if _, ok := lexicon.Levels().At(name, k); ok && k > 0 {
			return true
		}
	}
	return false
}

// convenedMeeting reports whether the name that ends at e with suffix,
// right after the boundary word w, is a meeting: w convenes one (召开,
// 举行: labelled convene in the agency boundaries), and the words close
// with a meeting's 会 that only looks like a social body's ending, the
// segmenter reading the ending's first character into the word before it
// or guessing the whole (协商/n 会, 面商会/x: 协商会 is a meeting). A body
// convened about is named by its ending as a word (举行|养老服务协会|成立
// 大会), and meets at a meeting named after it.
func convenedMeeting(s string, ts []segment.Token, w string, e int, suffix string) bool {
	if lexicon.AgencyBoundaries().Label(w, 0) != "convene" || !strings.HasSuffix(suffix, "会") {
		return false
	}
	if _, kind := agency.Ending(suffix); kind != "social" {
		return false
	}
	return len(ts) > 0 && !startsWord(ts, e-len(suffix))
}
