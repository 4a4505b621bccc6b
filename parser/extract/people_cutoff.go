package extract

import "strings"

// A page saved cut off mid-sentence ends where the words stop, with no
// mark (区民政局婚姻登记中心负责人王某在): a preposition there (在, 从,
// 向: a stop that leads an object) opens the clause the cut left out, and
// is no name's last character. A mark that closes the clause right after
// such a character (王红都、) still keeps it the name's: the character
// closes the name's clause, and leads nothing.

// cutOffPreposition reports whether the character c that ends at j is a
// preposition (the segmenter's p) standing at the text's or its line's
// end, no mark after it.
func cutOffPreposition(s string, j int, c string) bool {
	if stopTag(c) != "p" {
		return false
	}
	rest := strings.TrimLeft(s[j:], " \t\u3000")
	return rest == "" || strings.HasPrefix(rest, "\n")
}
