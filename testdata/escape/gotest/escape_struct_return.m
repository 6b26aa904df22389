./escape_struct_return.go:18:8: leaking param: sp to result ~r0 level=0
./escape_struct_return.go:18:20: leaking param: spp to result ~r0 level=0
./escape_struct_return.go:22:8: leaking param: spp to result ~r0 level=0
