package extract

import "testing"

// TestAgencyElderlyHome: 老人 inside a 老人福利院's ending is the people
// it serves, no form of address that bounds the name; before any other
// ending, and after a person's name, it is still the address.
func TestAgencyElderlyHome(t *testing.T) {
	checkRows(t, []rowCase{
		{"在石狮市慈爱老人福利院,黄春辉向老人们致以节日的祝福。", "石狮市慈爱老人福利院"},
		{"县老人福利院组织老人开展活动。", "县老人福利院"},
		// Must not fire.
		{"张秀英老人来到福利院参加活动。", ""},
		{"各地要提高老人福利院舍的服务水平。", ""},
	}, "agencies", agencyNames)
}
