package extract

import "testing"

// TestPeopleRunOnField (rows list people in the order the rules find
// them): a second name run on from a credit's first is read where the
// field closes right after it: its bracket, its line, or a word that opens
// the phrase after a name (关于, the title after a head's signers). Not
// so: a place before the dateline's verb, a second name that does not end
// the field, or no name after the first.
func TestPeopleRunOnField(t *testing.T) {
	tests := []rowCase{
		{"本报讯(记者云全通讯员王伟金山)近日，区里走访烈属。", "云全 记者 [记者]; 王伟 通讯员 [通讯员]; 金山 通讯员 [通讯员]"},
		{"签发人:王挹之何植洪关于开展评选活动的通知", "王挹之 签发人 [签发人]; 何植洪 签发人 [签发人]"},
		{"本报讯（通讯员李明张华）近日，区里走访烈属。", "李明 通讯员 [通讯员]; 张华 通讯员 [通讯员]"},

		// No second name read.
		{"本报记者王伟北京报道，近日区里走访烈属。", "王伟 记者 [记者]"},
		{"本报讯(记者王伟金山区报道)近日，区里走访烈属。", "王伟 记者 [记者]"},
		{"本报讯（通讯员张明）近日，区里走访烈属。", "张明 通讯员 [通讯员]"},
	}
	checkRows(t, tests, "people", personRows)
}
