import type { ImagesOffer } from '../../lib/popup/popup-state';
import { t } from '../../lib/shared/i18n';

export type KeepImagesOfferProps = {
  offer: ImagesOffer;
  /** Must reach permissions.request synchronously: the click is the user gesture it needs. */
  onKeepImages: () => void;
};

/** Explains why some images were not kept and offers to keep them once the user allows those sites. */
export function KeepImagesOffer({ offer, onKeepImages }: KeepImagesOfferProps) {
  switch (offer.kind) {
    case 'offer': {
      const sites = offer.origins.map((origin) => new URL(origin).host).join(', ');
      return (
        <p class="keep-images">
          <span>{offer.count === 1 ? t('imageOnOtherSite', sites) : t('imagesOnOtherSites', [String(offer.count), sites])}</span>
          <button type="button" class="button" onClick={onKeepImages}>
            {t('keepImages')}
          </button>
        </p>
      );
    }
    case 'keeping':
      return <p class="keep-images">{t('keepingImages')}</p>;
    case 'refused':
      return <p class="keep-images">{t('keepImagesRefused')}</p>;
  }
}
