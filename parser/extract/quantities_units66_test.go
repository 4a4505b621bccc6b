package extract

import "testing"

// TestQuantitiesUnits66: 幢 counts buildings as 栋 does. Not so: 幢 with
// no figure before it (幢幢高楼, 经幢).
func TestQuantitiesUnits66(t *testing.T) {
	tests := []rowCase{
		{"主体为10幢高层住宅楼,共有住宅378套。", "10 幢; 378 套"},
		{"新建安置房6幢。", "6 幢"},
		{"幢幢高楼拔地而起。", ""},
		{"寺内经幢保存完好。", ""},
	}
	checkRows(t, tests, "quantities", amountRows)
}
