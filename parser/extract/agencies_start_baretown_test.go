package extract

import "testing"

// TestAgencyBareTownLeads: a township's level printed bare before a
// community's own name (，街道|瀛池社区) is the writing street, no part of the
// community's name; a township named before its level, a class word
// before the level, or no name between stay as they were.
func TestAgencyBareTownLeads(t *testing.T) {
	checkRows(t, []rowCase{
		{"10月12日，街道东湖社区、南岭社区走访慰问了高龄老人。", "东湖社区; 南岭社区"},
		{"9月8日下午，街道长青路社区组织了退休老人座谈。", "长青路社区"},
		{"东江街道胜利社区开展活动。", "东江街道胜利社区"},
		// Must not fire: no community's own name, a class.
		{"街道社区开展活动。", ""},
		{"各街道社区开展活动。", ""},
		// Not moved: Han before the level, a level of no township, one
		// character between.
		{"活动由街道东湖社区承办。", "街道东湖社区"},
		{"10月12日，县东湖社区开展活动。", "县东湖社区"},
		{"10月12日，街道东社区开展活动。", "街道东社区"},
	}, "agencies", agencyNames)
}
