package cue

// tableBelow is the tablebelow list: words by which a text points its
// reader to a table printed under it (见下表, 如下表).
var tableBelow = cueWords("tablebelow")

// PointsBelow reports whether s points its reader to a table printed
// under it (现将命名方案(见下表)公示如下: the tablebelow words).
func PointsBelow(s string) bool { return containsAny(s, tableBelow.all()) }
