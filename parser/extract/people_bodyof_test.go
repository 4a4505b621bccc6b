package extract

import "testing"

// TestPeopleBodyOf: a list's entries printed as a body's name, 的 and a
// name (某某社工站的姜丽、…) are people with no title, as entries with no
// 的 are; one such entry alone, 的 after no body, or no name after it are
// not read.
func TestPeopleBodyOf(t *testing.T) {
	tests := []rowCase{
		{"他们分别是:贵池区梅龙街道社工站的姜丽、东至县社工总站的方敏和九华乡社工站的吴海燕。", "姜丽 -; 方敏 -; 吴海燕 -"},
		{"获奖者为贵池区社工总站的鲍翠云、石台县仁里镇社工站的蒋超群。", "鲍翠云 -; 蒋超群 -"},
		// One entry alone is no list.
		{"他是贵池区梅龙街道社工站的姜丽。", ""},
		// No body before 的, or no name after it.
		{"他们分别是:美丽的姜丽、善良的方敏。", ""},
		{"他们分别是:东至县社工总站的社工、九华乡社工站的志愿者。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
