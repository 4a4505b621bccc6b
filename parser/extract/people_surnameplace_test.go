package extract

import "testing"

// TestPeopleSurnamePlace covers a surname the segmenter read as a verb
// before a given name it read as a place, between a title of office and a
// verb of acting or saying: the holder's name; a stop or a surname that
// leads a phrase before the place is the verb or preposition it reads as
// (people_surnameplace.go).
func TestPeopleSurnamePlace(t *testing.T) {
	checkRows(t, []rowCase{
		// A surname read as a verb before a place's word, then a verb.
		{"县民政局副局长练玉山说：“今年要做好。”", "练玉山 副局长 [副局长] @县民政局"},
		{"副局长练江北出席会议。", "练江北 副局长 [副局长]"},
		{"县委副书记练南山主持会议。", "练南山 副书记 [副书记] @县委"},
		// A stop or a leading surname before the place: a verb, a preposition.
		{"副局长到江北出席活动。", ""},
		{"副局长在江北说，要做好。", ""},
		{"副局长于北京出席会议。", ""},
	}, "people", personRows)
}
