package parser

import (
	"strings"
	"testing"
)

// TestLastTitleWins: a person credited as the report's writer twice takes
// the writer's title printed last, in every place; an editor's credit or
// an office's title printed elsewhere changes nothing.
func TestLastTitleWins(t *testing.T) {
	tests := []peopleRolesCase{
		{"a byline field over the lead's credit",
			"某市殡仪馆推出代祭服务\n2020-03-23 18:09:00 来源:某某网 作者:葛某某\n某某网3月23日讯(记者 葛某某)23日,记者从某市民政部门获悉,殡仪场馆进入清明服务保障期。\n",
			"葛某某 记者; 葛某某 记者"},
		{"the lead's credit over a byline field at the foot",
			"某市召开殡葬改革座谈会\n某某在线7月9日讯(通讯员 曹某某)7月7日下午,某市召开座谈会。\n[作者:曹某某]\n",
			"曹某某 作者; 曹某某 作者"},
		// Must not fire: an editor's credit at the foot, an office's title.
		{"a reporter who also edits the page",
			"某区婚姻登记处七夕迎来登记高峰\n某某网8月9日讯(记者 张某)8月9日,新人们排起长队。\n编辑:张某\n",
			"张某 记者; 张某 编辑"},
		{"a credit's short form at the foot",
			"某县开展走访慰问活动\n发布时间:2022-11-02 作者:杜某某\n11月1日,某县民政局开展走访慰问活动。\n文/图:杜某某\n",
			"杜某某 作者; 杜某某 文/图"},
	}
	checkPeopleRoles(t, tests)
}

// TestUntitledDuplicates: a person printed with no title in one place (a
// 联系人 line under a numbered section) and with a title at another (the
// page's 作者 field) is named once, with the title; each titled mention
// stays as printed. A name printed with no title anywhere stays, untitled.
func TestUntitledDuplicates(t *testing.T) {
	tests := []peopleRolesCase{
		{"the contact line beside the byline field's title",
			"某县地名征集公告\n\n日期:2024/07/18   作者:王某某   来源:自撰\n\n县民政局启动新增道路命名工作,现将有关事宜公告如下:\n\n一、征集范围\n\n城区新增道路2条。\n\n二、参与方式\n\n联系电话:0878-1234567\n\n联系人:王某某\n",
			"王某某 作者"},
		{"two titles on different lines, the contact after both",
			"某县地名征集公告\n\n日期:2024/07/18   作者:王某某   来源:自撰\n\n县民政局启动新增道路命名工作,现将有关事宜公告如下:\n\n一、征集范围\n\n城区新增道路2条。审核:王某某\n\n二、参与方式\n\n联系电话:0878-1234567\n\n联系人:王某某\n",
			"王某某 审核; 王某某 作者"},
		// Must not drop: no title printed with the name anywhere; another
		// name's title; a title of the mention's own.
		{"a contact with no title anywhere",
			"某县地名征集公告\n\n日期:2024/07/18   来源:自撰\n\n县民政局启动新增道路命名工作,现将有关事宜公告如下:\n\n一、征集范围\n\n城区新增道路2条。\n\n二、参与方式\n\n联系电话:0878-1234567\n\n联系人:王某某\n",
			"王某某 -"},
		{"another person's title",
			"某县地名征集公告\n\n日期:2024/07/18   作者:李某某   来源:自撰\n\n县民政局启动新增道路命名工作,现将有关事宜公告如下:\n\n一、征集范围\n\n城区新增道路2条。\n\n二、参与方式\n\n联系电话:0878-1234567\n\n联系人:王某某\n",
			"李某某 作者; 王某某 -"},
		{"a reporter who also edits the page keeps each title",
			"某区婚姻登记处七夕迎来登记高峰\n某某网8月9日讯(记者 张某)8月9日,新人们排起长队。\n编辑:张某\n",
			"张某 记者; 张某 编辑"},
	}
	checkPeopleRoles(t, tests)
}

// peopleRolesCase is a document and the people its record names, each
// "NAME ROLE" (- for none), in the order of the record.
type peopleRolesCase struct{ name, text, want string }

// checkPeopleRoles parses each case and compares the names and roles of
// every mention, the document's, the items' and the passages'.
func checkPeopleRoles(t *testing.T, tests []peopleRolesCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec, err := Parse(Source{Path: "t.txt", Data: []byte(tc.text)})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range recordPeople(rec) {
				r := "-"
				if p.Role != nil {
					r = *p.Role
				}
				got = append(got, p.Name+" "+r)
			}
			if s := strings.Join(got, "; "); s != tc.want {
				t.Errorf("got %q, want %q", s, tc.want)
			}
		})
	}
}

// TestCreditDuplicates: a person named with a title of office in the
// report and again in the page's credits (审核:某某) is named once, with
// the office's title. A credit beside a byline, or a credit whose name has
// no office, stays.
func TestCreditDuplicates(t *testing.T) {
	tests := []peopleRolesCase{
		{"the reviewer is the centre's director",
			"某镇社工站召开座谈会\n10月24日上午,某镇社工站邀请社会工作服务中心主任陈某某参加座谈会。\n审核:陈某某 武某某\n",
			"陈某某 主任; 武某某 审核"},
		// Must not drop: a reporter who also edits the page; a credit with no office.
		{"a reporter who also edits the page",
			"某区婚姻登记处七夕迎来登记高峰\n某某网8月9日讯(记者 张某)8月9日,新人们排起长队。\n编辑:张某\n",
			"张某 记者; 张某 编辑"},
		{"a reviewer with no office",
			"某镇社工站召开座谈会\n10月24日上午,某镇社工站邀请社会工作服务中心主任陈某某参加座谈会。\n审核:武某某\n",
			"陈某某 主任; 武某某 审核"},
	}
	checkPeopleRoles(t, tests)
}
