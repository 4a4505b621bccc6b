package extract

import (
	"slices"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// jointStationed joins a stationed body's name (…驻…组: a word labelled
// stationed in the agency boundaries, inside the name after a body's
// name) to the body's name printed right before it with no mark between
// (市纪委|市监委驻市委组织部纪检监察组): two bodies written together that
// station one unit jointly (the discipline commission and the supervisory
// commission, one office, station their 派驻纪检监察组 together) are both
// its senders, and the longest form that is still a name is the whole
// group. The stationing body alone before 驻 must be a body's name.
func jointStationed(s string, cs []candidate) []candidate {
	gone := map[int]bool{}
	for n, c := range cs {
		k := stationedIn(s, c.start, c.end)
		if k < 0 || !bodyName(s[c.start:k]) {
			continue
		}
		for m, p := range cs {
			if m != n && !gone[m] && p.end == c.start && bodyName(s[p.start:p.end]) {
				cs[n] = candidate{p.start, c.end, "stationed-joint"}
				gone[m] = true
				break
			}
		}
	}
	n := 0
	return slices.DeleteFunc(cs, func(candidate) bool { n++; return gone[n-1] })
}

// stationedIn is where a word that says where a body is stationed (驻)
// stands inside (i, e), after the name's first character, or -1.
func stationedIn(s string, i, e int) int {
	_, w := utf8.DecodeRuneInString(s[i:])
	for k := i + w; k < e; {
		if x, ok := lexicon.AgencyBoundaries().At(s, k); ok && stationedWord(x) {
			return k
		}
		_, w := utf8.DecodeRuneInString(s[k:])
		k += w
	}
	return -1
}

// bodyName reports whether name is one body's name by its ending (市纪委,
// 市监委).
func bodyName(name string) bool {
	suffix, _ := agency.Ending(name)
	return suffix != "" && agency.Shape(name) && agency.One(name, false)
}
