package extract

import "testing"

// TestPeopleReview29Measure covers review 27's surname that the segmenter
// read as a measure word (局长|封|新华): right after a title no numeral or
// demonstrative stands before it, so it counts nothing and opens the
// name.
func TestPeopleReview29Measure(t *testing.T) {
	tests := []rowCase{
		{"泰州市民政局局长封新华出席活动并致辞。", "封新华 局长 [局长] @泰州市民政局"},
		{"局长封新华表示,要关心困境儿童。", "封新华 局长 [局长]"},
		{"副局长段迎春主持会议。", "段迎春 副局长 [副局长]"},
		// Negatives: the measure after a numeral or a demonstrative
		// counts (一封, 这封); a measure before a common word.
		{"局长收到一封新华社的来信。", ""},
		{"局长这封新华书店的回信。", ""},
		{"局长一行到社区走访。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

// TestPeopleReview29Speakers covers review 27's press-conference answer:
// after a question that ends in its question mark, a line that opens
// with a bare name and a colon is the speaker's answer, a person with no
// title printed (GOLD people: role null).
func TestPeopleReview29Speakers(t *testing.T) {
	tests := []rowCase{
		{"请问,民政部下一步有哪些工作打算?\n陆治原:积极应对人口老龄化,事关国家发展全局。", "陆治原 -"},
		{"请问下一步有哪些打算？\n李红兵：我们将继续推进。", "李红兵 -"},
		// Negatives: no question before the line; a label the lexicon
		// knows; a value in digits after the colon; a word of the
		// language before the colon.
		{"会议纪要如下。\n陆治原:积极应对人口老龄化。", ""},
		{"有哪些工作打算?\n社工:积极应对人口老龄化。", ""},
		{"有哪些工作打算?\n王建国:13800000000", ""},
		{"有哪些工作打算?\n关于:积极应对人口老龄化。", ""},
	}
	checkRows(t, tests, "people", personRows)
}

// TestPeopleReview29Titles covers review 27's titles printed whole: the
// media-centre reporter's 全媒体记者 is the role as printed, and 代表人
// read whole leaves no 代表 before a word that is no name (代表人持…).
// A 、 list that 各 opens is a list of classes: the words before a title
// in it name no one (各社区民政干部、双百社工要…).
func TestPeopleReview29Titles(t *testing.T) {
	tests := []rowCase{
		{"(全媒体记者李直建 通讯员卢佳)近日,驿站开放。", "李直建 全媒体记者 [全媒体记者]; 卢佳 通讯员 [通讯员]"},
		{"融媒体记者王芳报道。", "王芳 融媒体记者 [融媒体记者]"},
		{"法定代表人张三出席会议。", "张三 法定代表人 [法定代表人]"},
		{"志愿者、李明社工表示感谢。", "李明 社工 [社工]"},
		// Negatives: 代表人 before a verb, and a class list that 各
		// opens; 各位 is a greeting, no such list.
		{"单位的法人或代表人持放弃户口地的证明。", ""},
		{"各社区民政干部、双百社工要借助驿站平台。", ""},
		{"各位来宾、李明社工表示感谢。", "李明 社工 [社工]"},
	}
	checkRows(t, tests, "people", personRows)
}
