package extract

import "testing"

// TestAgencyBareTownLeads: a township's level printed bare before a
// community's own name (，街道|瀛池社区) is the writing street, no part of the
// community's name; a township named before its level, a class word
// before the level, or no name between stay as they were.
func TestAgencyBareTownLeads(t *testing.T) {
	checkRows(t, []rowCase{
		{"10月27日，街道瀛池社区、暖和湾社区走访慰问了高龄老人。", "瀛池社区; 暖和湾社区"},
		{"9月27日下午，街道皂郊路社区组织了退休老人座谈。", "皂郊路社区"},
		{"长淮街道胜利社区开展活动。", "长淮街道胜利社区"},
		// Must not fire: no community's own name, a class.
		{"街道社区开展活动。", ""},
		{"各街道社区开展活动。", ""},
	}, "agencies", agencyNames)
}
