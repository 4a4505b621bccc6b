package cue

import "strings"

// partNames are the words that name a part of a text as such (cue_words
// partname): a numbered heading of one such word (一、概述, 第一章 总则)
// is a heading however short, and where a copy ran it into its text the
// gap after it ends it.
var partNames = cueWords("partname")

// PartName reports whether s, spaces trimmed, is a word that names a part
// of a text as such.
func PartName(s string) bool { return partNames.has(strings.TrimSpace(s)) }
