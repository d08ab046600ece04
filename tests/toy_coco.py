"The toy COCO folder of the data notebook (a person, a dog and a ball on a 12x20 image; an empty grayscale image), for the transforms notebook's tests."
import json, warnings
from pathlib import Path

import numpy as np
from PIL import Image

from mtvit.data import COCO_PERSON_KEYPOINTS, CocoMultiTask

CATS = [{'id': 7, 'name': 'dog', 'keypoints': ['nose', 'front_left_paw', 'front_right_paw'], 'skeleton': [[1, 2], [1, 3]]},
        {'id': 1, 'name': 'person', 'keypoints': COCO_PERSON_KEYPOINTS, 'skeleton': [[16, 14]]},
        {'id': 3, 'name': 'ball'}]


def toy_coco(root) -> tuple[Path, Path]:
    "Write the toy images and `ann.json` under `root`; returns `(image folder, annotation file)`."
    root = Path(root); root.mkdir(parents=True, exist_ok=True)
    rgb = np.random.default_rng(0).integers(0, 256, (12, 20, 3), dtype=np.uint8)
    Image.fromarray(rgb).save(root / 'a.png'); Image.fromarray(rgb[..., 0]).save(root / 'b.png')
    BIG = 2**33 + 1                                     # ids above 2^31
    d = {'images': [{'id': BIG, 'file_name': 'a.png', 'width': 20, 'height': 12},
                    {'id': 2, 'file_name': 'b.png', 'width': 20, 'height': 12}],
         'categories': CATS,
         'annotations': [
             {'id': BIG + 5, 'image_id': BIG, 'category_id': 1, 'iscrowd': 0, 'area': 24., 'bbox': [2, 2, 6, 4],
              'segmentation': [[2, 2, 8, 2, 8, 6, 2, 6]], 'num_keypoints': 2,
              'keypoints': [3.5, 3.25, 2, 7, 5, 1] + [0] * 45},
             {'id': 11, 'image_id': BIG, 'category_id': 7, 'bbox': [10, 1, 8, 8],              # no iscrowd/area/segmentation
              'keypoints': [11, 2, 2, 12, 8, 2, 17, 8, 2]},
             {'id': 12, 'image_id': BIG, 'category_id': 3, 'segmentation': [[0, 9, 4, 9, 4, 12, 0, 12], [15, 10, 19, 10, 19, 12]]},
             {'id': 13, 'image_id': BIG, 'category_id': 1, 'iscrowd': 1, 'area': 5., 'bbox': [0, 0, 5, 1],
              'segmentation': {'counts': [0] + [1, 11] * 4 + [1, 240 - 1 - 4 * 12], 'size': [12, 20]}}]}
    (root / 'ann.json').write_text(json.dumps(d))
    return root, root / 'ann.json'


def toy_dataset(root) -> CocoMultiTask:
    "The toy folder written under `root`, as a dataset (its one counted warning, the dog's box used as its mask, silenced)."
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        return CocoMultiTask(*toy_coco(root))
