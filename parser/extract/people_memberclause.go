package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/span"
	"bulletin/schema"
)

// memberClause reads a roster member printed as a clause rather than in
// columns (组长：郭鹏逸，市民政局副局长。 成员：李萍，市防灾减灾中心主任。):
// the name, one comma, the unit and post, and the sentence's close. It is
// the member line of memberOf with its space written as a comma, so the
// name and post are read as there (memberPerson); a line with more than
// one comma or anything but Chinese characters in its post (联系人：张三，
// 电话…) is no such member.
func memberClause(t span.Text, at, end int) (schema.Person, bool) {
	s := t.String()
	line := strings.TrimRight(s[at:end], "。；; \t")
	c := strings.IndexAny(line, ",，")
	if c <= 0 {
		return schema.Person{}, false
	}
	name := line[:c]
	_, w := utf8.DecodeRuneInString(line[c:])
	post := line[c+w:]
	if strings.ContainsAny(post, ",，") {
		return schema.Person{}, false
	}
	p, ok := memberPerson(name, post)
	if !ok {
		return schema.Person{}, false
	}
	p.Found = found(t, at, at+len(name), "people/member-line")
	return p, true
}
