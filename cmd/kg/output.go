package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// writeAtomic streams fill into path ("-" is standard output). A regular
// file is written through a temporary file renamed into place, so a failed
// or interrupted run leaves no partial file; anything else that already
// exists there (/dev/null, a FIFO, a terminal) is written in place, since
// renaming over it would replace the device with a plain file.
func writeAtomic(path string, stdout io.Writer, fill func(io.Writer) error) error {
	if path == "-" {
		return fill(stdout)
	}
	if fi, err := os.Stat(path); err == nil {
		switch {
		case fi.IsDir():
			return fmt.Errorf("%s: is a directory", path)
		case !fi.Mode().IsRegular():
			return writeInPlace(path, fill)
		}
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("%s: %v", path, bareErr(err))
	}
	werr := fill(tmp)
	if err := tmp.Close(); werr == nil && err != nil {
		werr = fmt.Errorf("%s: %v", path, bareErr(err))
	}
	if werr == nil {
		if err := os.Chmod(tmp.Name(), 0o644); err != nil {
			werr = fmt.Errorf("%s: %v", path, bareErr(err))
		}
	}
	if werr == nil {
		if err := os.Rename(tmp.Name(), path); err != nil {
			werr = fmt.Errorf("%s: %v", path, bareErr(err))
		}
	}
	if werr != nil {
		os.Remove(tmp.Name())
		return werr
	}
	return nil
}

// writeInPlace writes to an existing non-regular file without truncating
// or replacing it.
func writeInPlace(path string, fill func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("%s: %v", path, bareErr(err))
	}
	werr := fill(f)
	if err := f.Close(); werr == nil && err != nil {
		werr = fmt.Errorf("%s: %v", path, bareErr(err))
	}
	return werr
}

// bareErr drops the *PathError wrapper, whose path is a temporary name.
func bareErr(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
