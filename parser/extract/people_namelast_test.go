package extract

import "testing"

// TestNameLast covers a given name's last character that alone is a word
// no report prints after a name (才, 人), and 发 at a byline field's end;
// and where each is a word of its own or no name's.
func TestNameLast(t *testing.T) {
	checkRows(t, []rowCase{
		{"市委秘书长王荣才参加慰问活动。", "王荣才 秘书长 [秘书长] @市委"},
		{"厅长董杰人逐字逐句传达会议精神。", "董杰人 厅长 [厅长]"},
		{"(记者 李凤发 刘信军)近日,", "李凤发 记者 [记者]; 刘信军 记者 [记者]"},
		// Must not fire: a name the segmenter knows, a word of its own
		// before punctuation, no listed character, a verb with its object.
		{"副局长王伟都参加了。", "王伟 副局长 [副局长]"},
		{"记者王建发表文章。", "王建 记者 [记者]"},
		{"请局长张红说。", "张红 局长 [局长]"},
		{"记者王伟也参加了活动。", "王伟 记者 [记者]"},
		{"(记者 张三 发)北京讯", "张三 记者 [记者]"},
	}, "people", personRows)
}
