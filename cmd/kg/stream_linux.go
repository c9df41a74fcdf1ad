package main

import (
	"os"
	"syscall"
)

// reopenedNull reports whether f is /dev/null opened read-write, as the Go
// runtime opens it on a standard stream that was closed.
func reopenedNull(f *os.File) bool {
	var st syscall.Stat_t
	if err := syscall.Fstat(int(f.Fd()), &st); err != nil {
		return false
	}
	var null syscall.Stat_t
	if err := syscall.Stat(os.DevNull, &null); err != nil || st.Mode&syscall.S_IFMT != syscall.S_IFCHR || st.Rdev != null.Rdev {
		return false
	}
	flags, _, errno := syscall.Syscall(syscall.SYS_FCNTL, f.Fd(), syscall.F_GETFL, 0)
	return errno == 0 && flags&syscall.O_ACCMODE == syscall.O_RDWR
}
