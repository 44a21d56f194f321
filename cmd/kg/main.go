// Command kg builds knowledge graphs from text: it extracts triples, stores
// them in a Cayley graph, exports them and answers questions about them.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	os.Exit(run())
}

// run executes the command line and turns any error into the one line a
// user sees, plus an exit code documented in the README.
func run() (code int) {
	defer func() {
		if r := recover(); r != nil {
			// A bug must still reach the user as one line, not a stack trace.
			fmt.Fprintf(os.Stderr, "kg: internal error: %v\n", r)
			code = ExitInternal
		}
	}()
	// Ctrl-C or SIGTERM cancels the context: commands stop between documents,
	// and every document stored so far stays intact.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := rootCmd.ExecuteContext(ctx)
	if err == nil {
		return ExitOK
	}
	if !errors.Is(err, errReported) {
		fmt.Fprintf(os.Stderr, "kg: %s\n", oneLine(err.Error()))
	}
	var ec interface{ ExitCode() int }
	if errors.As(err, &ec) {
		return ec.ExitCode()
	}
	return ExitFailure
}
