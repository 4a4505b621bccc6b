package layout

import (
	"strconv"
	"strings"

	"bulletin/parser/chrono"
	"bulletin/parser/lexicon"
	"bulletin/parser/numeral"
)

// looksLikeAgency reports whether s reads as the name of a body: Chinese
// characters ending in an agency ending (局, 办公室, 中心 …).
func looksLikeAgency(s string) bool {
	if atMostRunes(s, 2) || !atMostRunes(s, 40) {
		return false
	}
	for _, r := range s {
		if !isHan(r) && !strings.ContainsRune("（）()、·", r) {
			return false
		}
	}
	_, ok := lexicon.AgencySuffixes().Suffix(s)
	return ok
}

// dateLed reports whether s opens with a date that starts a sentence
// (5月30日，… / 2022年1月18日至19日，…), and the date.
func dateLed(s string) (chrono.Expr, bool) {
	e, ok := chrono.Starting(s, 0, chrono.Ref{Year: 2000})
	if !ok || e.Kind != chrono.Day && e.Kind != chrono.Month {
		return e, false
	}
	rest := s[e.End:]
	for _, p := range []string{"，", ",", "、", " ", "在", "晚", "起"} {
		if strings.HasPrefix(rest, p) {
			return e, true
		}
	}
	return e, false
}

func isDateLed(s string) bool {
	_, ok := dateLed(s)
	return ok
}

func chineseNumber(s string) (string, bool) {
	v, ok := numeral.Chinese(s)
	if !ok {
		return "", false
	}
	return strconv.Itoa(int(v)), true
}
