module gomemlab.test/go124shim

go 1.23
