package main

import (
	_ "embed"

	"github.com/spf13/cobra"
)

// recordHelp is the guide to the record: where each kind of value lives
// and jq recipes for the questions analysts ask first.
//
//go:embed help_record.md
var recordHelp string

// newRecordHelp is `bulletin help record`, a help topic: it runs nothing.
func newRecordHelp() *cobra.Command {
	return &cobra.Command{
		Use:   "record",
		Short: "Where each kind of value lives in the record, with jq recipes",
		Long:  recordHelp,
	}
}
