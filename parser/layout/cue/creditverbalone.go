package cue

import "strings"

// CreditVerbAlone reports whether s is nothing but the verb a credit
// closes with (供图, 摄, 摄影: cue_words creditverb): a credit's end that
// the width of a line carried onto one of its own (…某某中心 / 供图).
func CreditVerbAlone(s string) bool {
	return creditVerbs.has(strings.TrimSpace(s))
}
