"Where the tests find the real COCO sample `coco_mini_person` (not part of the repository, nor of the library)."
import os
from pathlib import Path


def find_coco_mini(start=None, # folder to search upwards from (default: the current folder)
                  ) -> Path | None:
    "The `coco_mini_person` folder from `$MTVIT_COCO_MINI` or `shared/data/` above `start`; `None` if absent."
    env = os.environ.get('MTVIT_COCO_MINI')
    if env: return Path(env) if (Path(env) / 'annotations').is_dir() else None
    start = Path(start or Path.cwd()).resolve()
    for d in [start, *start.parents]:
        p = d / 'shared' / 'data' / 'coco_mini_person'
        if (p / 'annotations').is_dir(): return p
    return None


def coco_mini_split(root: Path, # a `coco_mini_person` folder
                    split='val', # 'train' or 'val'
                   ) -> tuple[Path, Path]: # (image folder, annotation JSON)
    "Image folder and annotation file of one `coco_mini_person` split."
    return root / f'{split}2017', root / 'annotations' / f'person_keypoints_{split}2017.json'
