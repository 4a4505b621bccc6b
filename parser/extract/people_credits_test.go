package extract

import (
	"testing"

	"bulletin/parser/lexicon"
)

// TestPeopleCredits covers the credit labels of a report's byline and
// footer: the labels the layout reads as credits (编审, 审签, 供稿), the
// name a label gives whatever its surname (实习生宾振宇), and the outlet of
// the dateline credited as the writer, who is no person.
func TestPeopleCredits(t *testing.T) {
	tests := []rowCase{
		// The layout's credit labels are the people extractor's too.
		{"(编辑:李欢  编审:刘晓平)", "李欢 编辑 [编辑]; 刘晓平 编审 [编审]"},
		{"审签：李四", "李四 审签 [审签]"},
		{"全市救助工作有序开展。（供稿：张三）", "张三 供稿 [供稿]"},
		// A credit's value of two or three characters is a name, its
		// surname known or not.
		{"某某报讯(记者王芳实习生宾振宇)3月18日,区民政工作会议召开。", "王芳 记者 [记者]; 宾振宇 实习生 [实习生]"},
		{"编辑：宾振宇 审核：刘晓平", "宾振宇 编辑 [编辑]; 刘晓平 审核 [审核]"},
		{"（作者：菅明）", "菅明 作者 [作者]"},
		// The next field's label after a gap is no second name.
		{"作者: 杨良华   时间:2022-04-24", "杨良华 作者 [作者]"},
		{"作者: 杨良华   王海涛", "杨良华 作者 [作者]; 王海涛 作者 [作者]"},
		{"通讯员：妥军", "妥军 通讯员 [通讯员]"},
		// A closing credit in brackets whose label is a reporting role.
		{"全县敬老院安全检查全面铺开。(信息员:钱立新)", "钱立新 信息员 [信息员]"},
		{"供稿人：孙志强", "孙志强 供稿人 [供稿人]"},
		// 撰文 labels the writers of a feature as 撰稿 does; in a clause
		// it is the verb (他撰文指出), no credit.
		{"撰文:林晓华 周大同 通讯员 陈某杰", "林晓华 撰文 [撰文]; 周大同 撰文 [撰文]; 陈某杰 通讯员 [通讯员]"},
		{"撰文：何丽萍", "何丽萍 撰文 [撰文]"},
		{"某教授曾撰文指出,要关爱老人。", ""},
		{"(信息员:县民政局)", ""},
		// The outlet of the dateline credited as the writer.
		{"云上通山报道:(记者 陈红)1月29日,县民政局看望老人。\n(作者:云上通山)", "陈红 记者 [记者]"},
		{"  云上崇阳讯(记者 陈红)1月29日,县民政局看望老人。\n作者：云上崇阳", "陈红 记者 [记者]"},
		// Not these rules: a body supplies the copy, words of another
		// kind follow a label, a value of four characters that is no
		// dateline's outlet, an outlet's name in running text.
		{"（供稿：市救助站）", ""},
		// A field's value that runs on past the name is a site's handle; an
		// empty field before the next field's label names no one.
		{"作者: 平谷小编\n时间: 2019-10-24 09:12", ""},
		{"稿件来源: 安庆市民政局 作者:    时间:2021-09-23", ""},
		{"作者: 李平\n时间: 2019-10-24 09:12", "李平 作者 [作者]"},
		{"阅读次数: 编辑:叶亚运来源:芜湖市民政局", "叶亚运 编辑 [编辑]"},
		{"（供稿：办公室）", ""},
		{"市民政局负责人接受记者采访。", ""},
		{"记者近日，从市民政局获悉", ""},
		{"据记者了解，", ""},
		{"采访结束，记者走了。", ""},
		{"崇阳报道:(记者 陈红)1月29日,县民政局看望老人。\n(作者:欧阳文华)", "陈红 记者 [记者]; 欧阳文华 作者 [作者]"},
		// Two names after one label: a second name that a space parts from
		// the first runs on into the next credit's label, or one run on with
		// no space ends at the credit's verb; each holds the label before
		// them, and the next label is no part of the name.
		{"来源:某某日报 作者:钱立新 孙志强责任编辑:周海燕", "钱立新 作者 [作者]; 孙志强 作者 [作者]; 周海燕 责任编辑 [责任编辑]"},
		{"某某网记者钱立新见习记者孙志强周海燕报道。", "钱立新 记者 [记者]; 孙志强 见习记者 [见习记者]; 周海燕 见习记者 [见习记者]"},
		// Negatives: a printed label's own words before it, and a name
		// run on with no credit's verb after it.
		{"作者:钱立新 图文编辑:周海燕", "钱立新 作者 [作者]; 周海燕 图文编辑 [图文编辑]"},
		{"见习记者孙志强周海燕来到现场。", "孙志强 见习记者 [见习记者]"},
		// A 发文字号's code before its bracketed year is no name (docNumberCode).
		{"● 《某某审批办法(试行)》(民发 〔2012〕220号)", ""},
		{"● 《某某办法》(某发 〔2019〕3号)", ""},
		{"（编辑：民发）", "民发 编辑 [编辑]"},
	}
	checkRows(t, tests, "people", personRows)
}

// TestCreditLabelsAreTitles holds the two lists of credit labels to one:
// each label the layout reads as a credit (cue_words.tsv, list credit) is
// a credit title of the people extractor, which reads the name after it.
func TestCreditLabelsAreTitles(t *testing.T) {
	for _, w := range lexicon.CueWordList("credit").All() {
		if !creditWord(w) {
			t.Errorf("credit label %s of cue_words.tsv is no credit title of titles.tsv", w)
		}
	}
}
