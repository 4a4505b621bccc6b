package extract

// lostYear reports whether the digits s[i:j] before 年 are a lone 0: no
// span of time runs no years, so the 0 is what a copy that lost a year's
// leading digits kept of it (0年全国示范性老年友好型社区 for 2020年, beside
// its 〔0〕35号), no amount. A count of nothing in another unit (0件, 0人)
// is one, as the annual reports of disclosure print it.
func lostYear(s string, i, j int) bool {
	return s[i:j] == "0"
}
