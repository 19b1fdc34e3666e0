-- A search of several words matches each word in a name or in its province's names, former ones
-- included ("chè bắc kạn": Bắc Kạn is part of Thái Nguyên since 1 July 2025). The province names
-- are the aliases (current, the 63 former units, common spellings); PostgreSQL keeps their folded
-- form beside them, as it does for products' and producers' names (decision 0024).

ALTER TABLE "province_aliases" ADD COLUMN "name_fold" text GENERATED ALWAYS AS (vn_fold("name")) STORED;
