package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// encodingNames are the --encoding values offered by shell completion: the
// encodings Chinese documents come in (any name the WHATWG index knows is
// accepted).
var encodingNames = "utf-8|utf-8:replace|gbk|gb18030|gb2312|big5|utf-16le|utf-16be"

// completeChoices makes the shells complete a flag's value from its
// choices, written as flag help writes them (a|b|c), and offer no file.
func completeChoices(cmd *cobra.Command, flag, choices string) {
	values := strings.Split(choices, "|")
	// Registering fails only for a flag that does not exist, a mistake
	// the completion test catches.
	_ = cmd.RegisterFlagCompletionFunc(flag, cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp))
}

// suggestFlag adds to an unknown flag's error the flags of the command
// close to it, as cobra does for a mistyped command: --fromat → --format.
func suggestFlag(c *cobra.Command, err error) error {
	msg := err.Error()
	const unknown = "unknown flag: --"
	i := strings.Index(msg, unknown)
	if i < 0 {
		return err
	}
	typed := strings.SplitN(msg[i+len(unknown):], "=", 2)[0]
	var near []string
	seen := map[string]bool{}
	visit := func(f *pflag.Flag) {
		if f.Hidden || seen[f.Name] {
			return
		}
		seen[f.Name] = true
		d := editDistance(typed, f.Name)
		if d <= max(1, len(typed)/3) || len(typed) > 1 && strings.HasPrefix(f.Name, typed) {
			near = append(near, "--"+f.Name)
		}
	}
	c.Flags().VisitAll(visit)
	c.InheritedFlags().VisitAll(visit)
	if len(near) == 0 {
		return err
	}
	return fmt.Errorf("%w\n\nDid you mean this?\n\t%s", err, strings.Join(near, "\n\t"))
}

// editDistance is the Levenshtein distance between two flag names.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
