package extract

import "testing"

// TestAgencyUnitBeforeHead: a unit printed right before the name of the
// person who heads it and that person's title (政权科|董鹏飞|科长) is named;
// a unit whose ending the title does not hold, a kind of unit, or words
// that are no unit's are not.
func TestAgencyUnitBeforeHead(t *testing.T) {
	checkRows(t, []rowCase{
		{"副局长王海燕、政权科董鹏飞科长列席会议。", "政权科"},
		{"副局长王海燕、社会救助股李明股长介绍了情况。", "社会救助股"},
		{"司长张红、慈善事业促进处欧阳明副处长出席。", "慈善事业促进处"},
		{"副局长王海燕、婚姻登记科张红科长参加。", "婚姻登记科"},
		// Must not fire.
		{"副局长王海燕、各科室张红科长参加。", ""},
		{"会议由张红科长主持。", ""},
		{"副局长王海燕、办公室张红局长参加。", ""},
		{"副局长王海燕、工作人员张红科长参加。", ""},
		{"我们看望了老人张红科长。", ""},
		{"福利处王明处长出席。", ""},
		{"会上，政权科董鹏飞科长讲话。", ""},
	}, "agencies", agencyNames)
}
