package extract

import "testing"

// TestContactListsBracketed: a 、-list of 联系人 may set each person's
// number off from the name in brackets, and the list goes on after it as
// after a bare number. Not so: a bracket that holds no number, a number
// whose bracket is not closed, and a body after 、.
func TestContactListsBracketed(t *testing.T) {
	tests := []rowCase{
		{"联系人及联系电话:王某某(13705005342)、黄某某(15159985993)。", "王某某 13705005342 -; 黄某某 15159985993 -"},
		{"联系人:张晓伟（0591-87654321）、钱佩玉（0591-87654322）", "张晓伟 0591-87654321 -; 钱佩玉 0591-87654322 -"},
		{"联系人:张晓伟( 13812345678 )、钱佩玉( 13812345679 )", "张晓伟 13812345678 -; 钱佩玉 13812345679 -"},

		{"联系人:张晓伟(科长)、钱佩玉,电话:13812345678", "张晓伟 13812345678 -"},
		{"联系人:张晓伟(13812345678、钱佩玉", "张晓伟 13812345678 -"},
		{"联系人:张晓伟(13812345678)、办公室", "张晓伟 13812345678 -"},
	}
	checkRows(t, tests, "contacts", contactRows)
}
