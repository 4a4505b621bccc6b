package extract

import (
	"regexp"
	"strings"

	"bulletin/parser/span"
	"bulletin/schema"
)

// contactRowRe is a line of a contact list that prints a name and its
// phone and nothing else (蒋某某15379697005, 李某 0951-1234567): the name,
// then the number, spaces or a colon between them allowed.
var contactRowRe = regexp.MustCompile(`^[ \t\x{3000}]*(\p{Han}{2,3})[ \t\x{3000}:：]*` + listedPhone + `[ \t\x{3000}\r]*$`)

// contactNextLines finds the further contacts a 联系人 label's list prints
// one a line under it (联系人及联系电话:胡某某13995248537 / 蒋某某15379697005):
// where the label's line closes with a phone, each line right after it
// that prints a name and a phone alone is the next contact of the list,
// a person with role null (联系人 is a label, no title: GOLD.md people);
// blank lines between are none of the text's (span.Builder drops them).
// The list ends at the first line of any other shape. A name is a surname of the lexicon and one or two more
// characters that is no title or other word checkName refuses.
func contactNextLines(t span.Text) []schema.Person {
	s := t.String()
	var out []schema.Person
	for _, l := range contactLabelsIn(s) {
		end := strings.IndexByte(s[l.End:], '\n')
		if end < 0 {
			continue
		}
		end += l.End
		if !phoneClosed(s[l.End:end]) {
			continue
		}
		for start := end + 1; start < len(s); {
			e := strings.IndexByte(s[start:], '\n')
			if e < 0 {
				e = len(s)
			} else {
				e += start
			}
			line := s[start:e]
			m := contactRowRe.FindStringSubmatchIndex(line)
			if m == nil {
				break
			}
			name := line[m[2]:m[3]]
			if sur, ok := surnameAt(name, 0); !ok || len(sur) == len(name) {
				break
			}
			if _, ok := checkName(name); !ok {
				break
			}
			p := schema.Person{Name: name}
			p.Found = found(t, start+m[2], start+m[3], "people/contact-next")
			out = append(out, p)
			start = e + 1
		}
	}
	return out
}

// phoneClosedRe is a phone that closes a line.
var phoneClosedRe = regexp.MustCompile(listedPhone + `[ \t\x{3000}\r]*$`)

// phoneClosed reports whether a label's line closes with a phone.
func phoneClosed(line string) bool { return phoneClosedRe.MatchString(line) }
