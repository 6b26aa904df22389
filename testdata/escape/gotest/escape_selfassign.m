./escape_selfassign.go:18:8: leaking param: p
./escape_selfassign.go:24:8: leaking param: p
./escape_selfassign.go:29:6: moved to heap: s
