package extract

import (
	"unicode/utf8"

	"bulletin/parser/span"
)

// labelField reports whether the field a printed space opens at j is the
// label of the next field of a page's info line (作者:某某    文章来源:本站原创
// 点击数:): its run of Chinese characters up to the next space runs
// straight into a colon, which opens a value, so the field names what
// follows, no person, whatever name its first characters may read as
// (文章, 文 a surname). A name the credit lists ends at a space, a mark of
// the list or the line's end, never at a colon of its own; a colon the
// printed space sets off (文章来源 :本站) still closes a label.
func labelField(t span.Text, j int) bool {
	s := t.String()
	v := fieldRun(t, j)
	r, _ := utf8.DecodeRuneInString(s[j+len(v):]) // a name stands at j: v holds it
	return r == ':' || r == '：'
}
