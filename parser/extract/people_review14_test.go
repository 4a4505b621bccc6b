package extract

import "testing"

// People from reviewers 14 and 15: honorary posts are read whole
// (名誉理事长); 老人 after a full name is a form of address; a stop that
// only leads the words after it (都, 为) closes no clause, so before
// punctuation it is the name's and before other words it ends the name;
// a status word heading a noun phrase names no one; 任 before a title or
// a common noun is the verb of a post; a credit whose value runs from a
// body's name into page chrome names no person.
func TestPeopleReview14(t *testing.T) {
	tests := []rowCase{
		{"市慈善基金会名誉理事长陈铁迪出席。", "陈铁迪 名誉理事长 [名誉理事长] @市慈善基金会"},
		{"名誉会长张明致辞。", "张明 名誉会长 [名誉会长]"},
		{"凌晨时分,村里的田冬梅老人带着孙子来到现场。", "田冬梅 -"},
		{"广东省民政厅党组书记丁红都、广西壮族自治区民政厅厅长王琛介绍情况。", "丁红都 党组书记 [党组书记] @广东省民政厅; 王琛 厅长 [厅长] @广西壮族自治区民政厅"},
		{"党组书记丁红都、厅长王琛出席。\n党组书记丁红都介绍了情况。", "丁红都 党组书记 [党组书记]; 王琛 厅长 [厅长]"},
		{"区长杲云为老年人代表赠送慰问金。", "杲云 区长 [区长]"},
		{"区长王云为老年人代表赠送慰问金。", "王云 区长 [区长]"},
		{"由副局长王明任组长。", "王明 副局长 [副局长]"},
		{"签发人:任宏伟", "任宏伟 签发人 [签发人]"},
		// 参事, a counsellor of a government's 参事室, is a title; the office
		// before it is a body, no title.
		{"由省政府参事李发昌一行4人组成的调研组来我厅调研。", "李发昌 参事 [参事] @省政府"},
		// Negatives: a status before a noun phrase, 任 before a common
		// noun or a title, a credit naming a body before page chrome,
		// kinds of elderly people and 老人 with no name before it, a stop
		// that may close a clause (等, 说).
		{"织就留守儿童关爱网,切实保障基本生活。", ""},
		{"下属各单位负责人任成员。", ""},
		{"各科室负责人任组长。", ""},
		{"来源:区民政局作者:区民政局字体[ 大 中 小 ]", ""},
		{"作者:区民政局", ""},
		{"省政府参事室调研组来我厅调研。", ""},
		{"看望慰问孤寡老人,为老人送去慰问品。", ""},
		{"关爱老人,全村老人参加。", ""},
		{"局长王明等。", "王明 局长 [局长]"},
		{"局长张文说:", "张文 局长 [局长]"},
	}
	checkRows(t, tests, "people", personRows)
}

// Contacts from reviewer 15: a 、-list of 联系人 gives each person a
// contact, paired in order with a list of as many phones, or reached at
// every phone printed with them.
func TestContactsReview15(t *testing.T) {
	tests := []rowCase{
		{"地址:华新镇华强街585号(电话:39763594、59792564,联系人:张晓伟、钱佩玉)。", "张晓伟 39763594 -; 钱佩玉 59792564 -"},
		{"联系人:张晓伟、钱佩玉\n联系电话:39763594、59792564", "张晓伟 39763594 -; 钱佩玉 59792564 -"},
		{"联系人:张晓伟、钱佩玉,电话:39763594", "张晓伟 39763594 -; 钱佩玉 39763594 -"},
		{"联系人:张晓伟、王五、李四 电话:39763594、59792564", "张晓伟 39763594 -; 张晓伟 59792564 -; 王五 39763594 -; 王五 59792564 -; 李四 39763594 -; 李四 59792564 -"},
		// Negatives: one person with two phones keeps both; a body or a
		// class after 、 is no person; no 联系人, no contact.
		{"联系人:张晓伟,电话:39763594、59792564", "张晓伟 39763594 -; 张晓伟 59792564 -"},
		{"联系人:张晓伟、办公室,电话:39763594", "张晓伟 39763594 -"},
		{"联系人:张晓伟、各有关单位", "张晓伟 - -"},
		{"咨询电话:39763594、59792564", ""},
	}
	checkRows(t, tests, "contacts", contactRows)
}
